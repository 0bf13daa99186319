
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
        daysLeft = agreement.isRunning ? agreement.currentEnd(on: today).map { today.days(until: $0) } : nil
        expired = (daysLeft ?? 0) < 0
        expiringSoon = daysLeft.map { $0 >= 0 && $0 <= Self.expiringSoonDays } ?? false
    }

    /// What an agreement's line says of it, most pressing first: overdue actions, then
    /// expiry; nil when there is nothing to say.
    public var note: Note? {
        if overdueCount > 0 { return .late(overdueCount) }
        if expired { return .expired }
        if expiringSoon, let daysLeft { return .endsIn(days: daysLeft) }
        return nil
    }

    /// The recorded status, or "expired" / "ends in Nd" when the end date says more.
    public func status(of agreement: Agreement) -> String {
        if expired { return Note.expired.text }
        if expiringSoon, let daysLeft { return Note.endsIn(days: daysLeft).text }
        return agreement.status.displayName
    }

    /// The standing for a machine (`--json`): "expired", "expiring" (within
    /// `expiringSoonDays`), else the recorded status ("active", "renewed", "planned", "ended").
    public func key(of agreement: Agreement) -> String {
        if expired { return "expired" }
        if expiringSoon { return "expiring" }
        return agreement.status.rawValue
    }

    /// The one standing a person reads: "expired" (whatever the recorded status says),
    /// "active, ends in 40 days", or the recorded status.
    public func sentence(of agreement: Agreement) -> String {
        if expired { return Note.expired.text }
        if expiringSoon, let daysLeft { return Phrases.core.statusEndsIn(daysLeft, ["status": agreement.status.displayName]) }
        return agreement.status.displayName
    }

    /// The short word on an agreement's line, the same in every screen and report.
    public enum Note: Hashable, Sendable {
        /// Open actions past their due date.
        case late(Int)
        /// Running and past its end date.
        case expired
        /// Running and ending within `expiringSoonDays`.
        case endsIn(days: Int)

        /// "!2 late", "expired", "ends in 40d" (in the current language).
        public var text: String {
            // An overview of 10,000 agreements says the same few notes again and again.
            Self.cache.value(for: CacheKey(note: self, language: Language.current), compose)
        }

        private struct CacheKey: Hashable, Sendable { let note: Note; let language: Language }
        private static let cache = LockedCache<CacheKey, String>(limit: 10_000)

        private func compose() -> String {
            switch self {
            case .late(let count): return Phrases.core.noteLate(["n": count])
            case .expired: return Phrases.core.noteExpired.text
            case .endsIn(let days): return Phrases.core.noteEndsIn(["n": days])
            }
        }
    }
}
