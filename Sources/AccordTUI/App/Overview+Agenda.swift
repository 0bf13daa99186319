import AccordCore

extension Overview {
    /// The agenda screen (`D`): overdue, this week, this month, the next three months, each
    /// by week; a line per deadline, Enter opening its item (a recurring action's series, an
    /// agreement for its notice date and end).
    public init(agenda: Agenda, state: AccordState) {
        let deadlines = agenda.deadlines
        // Dates and kinds in columns: French dates and kind names differ in width.
        var dates: [Day: String] = [:]
        for deadline in deadlines where dates[deadline.day] == nil { dates[deadline.day] = LocalFormat.date(deadline.day) }
        let dateWidth = dates.values.map(DisplayWidth.of).max() ?? 0
        let kindWidth = Deadline.Kind.allCases.map { DisplayWidth.of($0.name.text) }.max() ?? 0
        var lines: [Line] = []
        if agenda.sections.isEmpty { lines.append(Line(.text(Phrases.dashboard.agendaEmpty.text, .dim))) }
        for section in agenda.sections {
            if !lines.isEmpty { lines.append(Line(.blank)) }
            lines.append(Line(.heading("\(section.period.heading.text) (\(LocalFormat.number(section.count)))")))
            for week in section.weeks {
                // Overdue items are listed oldest first without weeks: their week is past.
                if section.period != .overdue { lines.append(Line(.text(Phrases.model.weekOf(["day": week.monday]), .dim))) }
                for deadline in week.deadlines {
                    let overdue = deadline.isOverdue(on: agenda.today)
                    let decision = deadline.kind == .notice || deadline.kind == .end
                    let mark = overdue ? "!" : decision ? "◷" : deadline.repeats != nil ? "↻" : "·"
                    let agreement = deadline.agreementID == deadline.itemID ? "" : " — " + (state.agreements[deadline.agreementID]?.title ?? "")
                    let text = "\(mark) \(TextClipping.pad(dates[deadline.day]!, to: dateWidth))  "
                        + "\(TextClipping.pad(deadline.kind.name.text, to: kindWidth))  \(deadline.title)\(agreement)"
                    let target = state.occurrence(named: deadline.itemID)?.series.id ?? deadline.itemID
                    lines.append(Line(.text(text, overdue ? .overdue : decision ? .expiringSoon : .normal), itemID: target))
                }
            }
        }
        self.init(lines: lines, screen: .agenda)
    }
}
