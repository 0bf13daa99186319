import AccordCore

/// Words for an action's dates.
enum ActionText {
    static func when(_ action: Action, today: Day) -> String {
        let words = Phrases.command
        if let done = action.doneOn { return words.actionDone(["day": done]) }
        if let due = action.due {
            let recurs = action.repeats == nil ? "" : "↻ "
            return recurs + (action.isOverdue(on: today) ? words.actionOverdue : Phrases.core.dueOn)(["day": due])
        }
        return ""
    }
}
