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
    /// Where the agreement is described (an article, a URL); empty when unknown.
    public let source: String
    /// The last day to give notice before the end of the running term, when a notice period is set.
    public let noticeBy: Day?
    /// Documents about the agreement.
    public let links: [ReportLink]
    public let progress: Progress
    public let categories: [CategoryProgress]
    public let commitments: [CommitmentReport]
    /// Overdue commitments and actions in one list, oldest due day first.
    public let overdue: [OverdueReport]

    init(_ agreement: Agreement, state: AccordState, today: Day) {
        id = agreement.id
        title = agreement.title
        status = agreement.status.rawValue
        let standing = AgreementStanding(agreement, state: state, today: today)
        self.standing = standing.status(of: agreement)
        signatories = agreement.signatories.map { state.partners[$0]?.name ?? $0 }
        associates = agreement.associates.map { state.partners[$0]?.name ?? $0 }
        signed = agreement.signed
        ends = agreement.currentEnd(on: today)
        summary = agreement.summary
        source = agreement.source
        noticeBy = agreement.noticeDate(on: today)
        links = agreement.links.map(ReportLink.init)
        progress = standing.progress
        let commitments = state.commitments(of: agreement.id)
        let categoryIDs = state.inCategoryOrder(Set(commitments.map(\.categoryID)))
        // Grouped by category, in category order, like the dashboard's checklist.
        self.commitments = categoryIDs.flatMap { categoryID in
            commitments.filter { $0.categoryID == categoryID }.map { CommitmentReport($0, state: state, today: today) }
        }
        categories = categoryIDs.map { categoryID in
            let progress = commitments.filter { $0.categoryID == categoryID }
                .reduce(Progress()) { $0 + state.progress(ofCommitment: $1.id) }
            return CategoryProgress(name: state.categories[categoryID]?.displayName ?? categoryID, progress: progress)
        }
        var overdue: [OverdueReport] = []
        for commitment in self.commitments {
            if commitment.overdue, let due = commitment.due {
                overdue.append(OverdueReport(kind: .commitment, id: commitment.id, title: commitment.title, due: due,
                                             context: Phrases.report.contextActionsDone(["done": commitment.progress.done, "total": commitment.progress.total])))
            }
            for action in commitment.actions where action.overdue {
                overdue.append(OverdueReport(kind: .action, id: action.id, title: action.title, due: action.due!, context: commitment.title))
            }
        }
        // By day; on one day, in checklist order.
        self.overdue = overdue.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
    }
}

/// Done and total actions of one category within an agreement.
public struct CategoryProgress: Hashable, Sendable, Encodable {
    public let name: String
    public let progress: Progress
}
