/// A partnership agreement signed by two or more partners.
public struct Agreement: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// The partners that signed (at least two).
    public var signatories: [String]
    /// Organisations associated with the agreement without signing it.
    public var associates: [String]
    public var signed: Day?
    /// Length of the term in years; nil when the agreement is open-ended.
    public var termYears: Int?
    public var status: AgreementStatus
    public var summary: String
    /// Where the agreement is described (an article, a URL).
    public var source: String
    public var rank: Int
    /// Months of notice to terminate (or to renew) before the end of a term; nil when none is set.
    public var noticeMonths: Int?
    /// Years of each new term when the agreement renews itself unless notice is given (tacit
    /// renewal); nil when it ends with its term.
    public var renewalYears: Int?
    /// The first day of the current term when it was renewed; nil while in its first term (from `signed`).
    public var termStart: Day?
    /// Documents about the agreement (the signed text, a press release).
    public var links: [ItemLink] = []

    public init(id: String, title: String, signatories: [String], associates: [String] = [],
                signed: Day? = nil, termYears: Int? = nil, status: AgreementStatus = .active,
                summary: String = "", source: String = "", rank: Int = 0) {
        self.id = id
        self.title = title
        self.signatories = signatories
        self.associates = associates
        self.signed = signed
        self.termYears = termYears
        self.status = status
        self.summary = summary
        self.source = source
        self.rank = rank
    }

    /// The end of the current term (its start plus the term), when both are known.
    public var endDate: Day? {
        guard let start = termStart ?? signed, let termYears else { return nil }
        return start.adding(years: termYears)
    }

    /// Every partner named by the agreement, signatories first.
    public var allPartners: [String] { signatories + associates.filter { !signatories.contains($0) } }
}
