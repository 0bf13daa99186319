import AccordCore

/// Words for an action's dates.
enum ActionText {
    static func when(_ action: Action, today: Day) -> String {
        if let done = action.doneOn { return "done \(done)" }
        if let due = action.due { return action.isOverdue(on: today) ? "OVERDUE \(due)" : "due \(due)" }
        return ""
    }
}
