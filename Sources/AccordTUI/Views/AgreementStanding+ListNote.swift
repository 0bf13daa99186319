import AccordCore

extension AgreementStanding {
    /// The short word an agreement's line carries, with its role: "!2 late", "expired",
    /// "ends in 40d"; nil when there is nothing to say. The Agreements pane and the
    /// overview show the same words.
    var listNote: (text: String, role: Role)? {
        if overdueCount > 0 { return ("!\(overdueCount) late", .overdue) }
        if expired { return ("expired", .dim) }
        if expiringSoon, let daysLeft { return ("ends in \(daysLeft)d", .expiringSoon) }
        return nil
    }
}
