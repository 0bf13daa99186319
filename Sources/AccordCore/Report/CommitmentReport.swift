/// One commitment of a report, with its actions.
public struct CommitmentReport: Hashable, Sendable, Encodable {
    public let id: String
    public let title: String
    public let category: String
    public let owner: String?
    public let due: Day?
    public let progress: Progress
    /// Past its due day with open actions (as the overview and the checklist say).
    public let overdue: Bool
    /// How it recurs (`every 1 year from 2017-11-14`), when it does.
    public let repeats: String?
    /// Documents about the commitment.
    public let links: [ReportLink]
    public let actions: [ActionReport]

    init(_ commitment: Commitment, state: AccordState, today: Day) {
        repeats = commitment.repeats?.text
        links = commitment.links.map(ReportLink.init)
        id = commitment.id
        title = commitment.title
        category = state.categories[commitment.categoryID]?.displayName ?? commitment.categoryID
        owner = commitment.ownerID.map { state.partners[$0]?.name ?? $0 }
        due = commitment.due
        progress = state.progress(ofCommitment: commitment.id)
        overdue = commitment.isOverdue(progress: progress, on: today)
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

    /// "done", "overdue" or "open" (in the current language).
    public var state: String {
        let words = Phrases.report
        return (done != nil ? words.stateDone : overdue ? words.stateOverdue : words.stateOpen).text
    }
}
