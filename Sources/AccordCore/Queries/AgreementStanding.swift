/// An agreement's standing on a day: progress, overdue actions, expiry.
public struct AgreementStanding: Hashable, Sendable {
    /// Agreements ending within this many days are "expiring soon".
    public static let expiringSoonDays = 90

    public let progress: Progress
    /// Open actions past their due date.
    public let overdueCount: Int
    /// Running (active or renewed) and past its end date.
    public let expired: Bool
    /// Running and ending within `expiringSoonDays`.
    public let expiringSoon: Bool
    /// Days to the end date, for a running agreement with a term.
    public let daysLeft: Int?

    public init(_ agreement: Agreement, state: AccordState, today: Day) {
        self.init(agreement, progress: state.progress(ofAgreement: agreement.id),
                  overdueCount: state.overdueActions(ofAgreement: agreement.id, today: today).count, today: today)
    }

    /// The standing from counts already made (one pass over every action serves all agreements).
    public init(_ agreement: Agreement, progress: Progress, overdueCount: Int, today: Day) {
        self.progress = progress
        self.overdueCount = overdueCount
        let running = agreement.status == .active || agreement.status == .renewed
        daysLeft = running ? agreement.endDate.map { today.days(until: $0) } : nil
        expired = (daysLeft ?? 0) < 0
        expiringSoon = daysLeft.map { $0 >= 0 && $0 <= Self.expiringSoonDays } ?? false
    }

    /// The recorded status, or "expired" / "ends in Nd" when the end date says more.
    public func status(of agreement: Agreement) -> String {
        if expired { return "expired" }
        if expiringSoon, let daysLeft { return "ends in \(daysLeft)d" }
        return agreement.status.rawValue
    }
}
