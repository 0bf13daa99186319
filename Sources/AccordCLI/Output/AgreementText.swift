import AccordCore

/// Words for an agreement's standing.
enum AgreementText {
    /// Agreements ending within this many days are "expiring soon".
    static let expiringSoonDays = 90

    /// The recorded status, or "expired" / "ends in N days" from the end date.
    static func status(_ agreement: Agreement, today: Day) -> String {
        guard agreement.status == .active || agreement.status == .renewed, let end = agreement.endDate else {
            return agreement.status.rawValue
        }
        let days = today.days(until: end)
        if days < 0 { return "expired" }
        if days <= expiringSoonDays { return "ends in \(days)d" }
        return agreement.status.rawValue
    }
}

/// Words for an action's dates.
enum ActionText {
    static func when(_ action: Action, today: Day) -> String {
        if let done = action.doneOn { return "done \(done)" }
        if let due = action.due { return action.isOverdue(on: today) ? "OVERDUE \(due)" : "due \(due)" }
        return ""
    }
}
