/// An agreement's key dates: the end of the running term, the last day to give notice, reminders.
extension Agreement {
    /// Reminders before an end fall this many days before it (besides the notice date): `accord due`
    /// lists an end from the first, the calendar alarms on each.
    public static let endReminderDays = [90, 30]
    /// Reminders before the last day to give notice, the same way.
    public static let noticeReminderDays = [30, 7]

    /// The end of the term running on `today`: `endDate`, or for an agreement that renews itself
    /// (tacit renewal) the first end of a renewed term on or after `today`; nil without a term.
    public func currentEnd(on today: Day) -> Day? {
        guard var end = endDate else { return nil }
        guard let renewalYears, status != .ended, status != .planned else { return end }
        while end < today { end = end.adding(years: renewalYears) }
        return end
    }

    /// The last day to give notice before the end of the term running on `today`; nil without a notice period.
    public func noticeDate(on today: Day) -> Day? {
        guard let noticeMonths, let end = currentEnd(on: today) else { return nil }
        return end.adding(months: -noticeMonths)
    }

    /// True while the agreement runs (signed, not ended).
    public var isRunning: Bool { status == .active || status == .renewed }

    /// The agreement as it is once renewed on its current end: a new term from that end (of
    /// `years`, else the same length), status "renewed"; nil without an end to renew from.
    public func renewed(on today: Day, years: Int? = nil) -> Agreement? {
        guard let end = currentEnd(on: today) else { return nil }
        var renewed = self
        renewed.termStart = end
        renewed.termYears = years ?? renewalYears ?? termYears
        renewed.status = .renewed
        return renewed
    }

    /// The renewal as one labelled change ("Renewed agreement 'X'"); nil without an end to renew from.
    public func renewal(on today: Day, years: Int? = nil) -> Change? {
        guard let renewed = renewed(on: today, years: years) else { return nil }
        return Change(ChangeLabel(.renewed, title: title),
                      events: [.agreementUpdated(renewed, fields: Agreement.schema.differingKeys(self, renewed))])
    }
}
