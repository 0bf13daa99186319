/// What a review board reads: per agreement, its partners, dates, progress per
/// category, done and open actions with their dates, and what is overdue.
///
/// Built once from the state; the renderers (`ReportMarkdown`, `ReportCSV`,
/// `ReportJSON`, `ReportHTML`) only format it.
public struct Report: Hashable, Sendable, Encodable {
    /// The day the report describes (overdue and expiry are judged on it).
    public let day: Day
    public let agreements: [AgreementReport]

    /// A report of every agreement, or of `agreementID` alone.
    public init(_ state: AccordState, today: Day, agreementID: String? = nil) throws(AccordError) {
        day = today
        let chosen: [Agreement]
        if let agreementID {
            guard let agreement = state.agreements[agreementID] else { throw .unknownID(agreementID, expected: .agreement) }
            chosen = [agreement]
        } else {
            chosen = state.sortedAgreements()
        }
        agreements = chosen.map { AgreementReport($0, state: state, today: today) }
    }

    /// A report of `chosen`, in the order given.
    public init(_ state: AccordState, today: Day, agreements chosen: [Agreement]) {
        day = today
        agreements = chosen.map { AgreementReport($0, state: state, today: today) }
    }

    /// Done and total actions over every agreement in the report.
    public var progress: Progress { agreements.reduce(Progress()) { $0 + $1.progress } }
}
