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

    /// Done and total actions over every agreement in the report.
    public var progress: Progress { agreements.reduce(Progress()) { $0 + $1.progress } }
}

/// One agreement of a report.
public struct AgreementReport: Hashable, Sendable, Encodable {
    public let id: String
    public let title: String
    public let status: String
    /// "expired", "ends in 42d", or the recorded status.
    public let standing: String
    public let signatories: [String]
    public let associates: [String]
    public let signed: Day?
    public let ends: Day?
    public let summary: String
    public let progress: Progress
    public let categories: [CategoryProgress]
    public let commitments: [CommitmentReport]

    init(_ agreement: Agreement, state: AccordState, today: Day) {
        id = agreement.id
        title = agreement.title
        status = agreement.status.rawValue
        let standing = AgreementStanding(agreement, state: state, today: today)
        self.standing = standing.status(of: agreement)
        signatories = agreement.signatories.map { state.partners[$0]?.name ?? $0 }
        associates = agreement.associates.map { state.partners[$0]?.name ?? $0 }
        signed = agreement.signed
        ends = agreement.endDate
        summary = agreement.summary
        progress = standing.progress
        let commitments = state.commitments(of: agreement.id)
        let categoryIDs = Set(commitments.map(\.categoryID)).sorted {
            (state.categories[$0]?.rank ?? .max, $0) < (state.categories[$1]?.rank ?? .max, $1)
        }
        // Grouped by category, in category order, like the dashboard's checklist.
        self.commitments = categoryIDs.flatMap { categoryID in
            commitments.filter { $0.categoryID == categoryID }.map { CommitmentReport($0, state: state, today: today) }
        }
        categories = categoryIDs.map { categoryID in
            let progress = commitments.filter { $0.categoryID == categoryID }
                .reduce(Progress()) { $0 + state.progress(ofCommitment: $1.id) }
            return CategoryProgress(name: state.categories[categoryID]?.name ?? categoryID, progress: progress)
        }
    }

    /// Open actions past their due day, over all commitments.
    public var overdue: [ActionReport] { commitments.flatMap { $0.actions.filter(\.overdue) } }
}

/// Done and total actions of one category within an agreement.
public struct CategoryProgress: Hashable, Sendable, Encodable {
    public let name: String
    public let progress: Progress
}

/// One commitment of a report, with its actions.
public struct CommitmentReport: Hashable, Sendable, Encodable {
    public let id: String
    public let title: String
    public let category: String
    public let owner: String?
    public let due: Day?
    public let actions: [ActionReport]

    init(_ commitment: Commitment, state: AccordState, today: Day) {
        id = commitment.id
        title = commitment.title
        category = state.categories[commitment.categoryID]?.name ?? commitment.categoryID
        owner = commitment.ownerID.map { state.partners[$0]?.name ?? $0 }
        due = commitment.due
        actions = state.actions(of: commitment.id).map { ActionReport($0, commitment: commitment.title, today: today) }
    }
}

/// One action of a report.
public struct ActionReport: Hashable, Sendable, Encodable {
    public let id: String
    public let title: String
    public let commitment: String
    public let done: Day?
    public let due: Day?
    public let overdue: Bool
    public let note: String

    init(_ action: Action, commitment: String, today: Day) {
        id = action.id
        title = action.title
        self.commitment = commitment
        done = action.doneOn
        due = action.due
        overdue = action.isOverdue(on: today)
        note = action.note
    }

    /// "done", "overdue" or "open".
    public var state: String { done != nil ? "done" : overdue ? "overdue" : "open" }
}
