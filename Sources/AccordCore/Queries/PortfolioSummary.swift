/// Where every agreement stands on a day, counted in one pass over the actions: what
/// the dashboard's overview and the `accord` text overview show.
public struct PortfolioSummary: Hashable, Sendable {
    /// An agreement with its standing.
    public struct AgreementLine: Hashable, Sendable {
        public let agreement: Agreement
        public let standing: AgreementStanding
    }

    /// A category with the progress of its commitments over every agreement.
    public struct CategoryLine: Hashable, Sendable {
        public let category: Category
        public let progress: Progress
    }

    /// An open action past its due day, with its agreement.
    public struct OverdueAction: Hashable, Sendable {
        public let action: Action
        public let agreementID: String
    }

    /// A commitment past its due day with actions open (or none).
    public struct LateCommitment: Hashable, Sendable {
        public let commitment: Commitment
        public let progress: Progress
    }

    /// Every agreement in rank order.
    public let agreements: [AgreementLine]
    private let titles: [String: String]
    /// Done and total actions over every agreement.
    public let total: Progress
    /// Categories that have commitments, in category order.
    public let categories: [CategoryLine]
    /// Open actions past their due day, oldest due first.
    public let overdueActions: [OverdueAction]
    /// Late commitments, oldest due first.
    public let lateCommitments: [LateCommitment]
    /// Running agreements ending within `AgreementStanding.expiringSoonDays` or already
    /// past their end, the soonest first.
    public let ending: [AgreementLine]
    /// The day the summary was made on.
    public let today: Day

    public init(_ state: AccordState, today: Day) {
        self.today = today
        // One pass over the actions counts everything (per-agreement queries would walk them again and again).
        var byCommitment = [String: Progress](minimumCapacity: state.commitments.count)
        var overdueByCommitment: [String: Int] = [:]
        var overdue: [Action] = []
        // Read in place (an action is copied only when it is overdue), one lookup per action.
        let actions = state.actions.values
        for index in actions.indices {
            byCommitment[actions[index].commitmentID, default: Progress()].add(Progress(done: actions[index].isDone ? 1 : 0, total: 1))
            if actions[index].isOverdue(on: today) {
                overdue.append(actions[index])
                overdueByCommitment[actions[index].commitmentID, default: 0] += 1
            }
        }
        overdueActions = overdue.sorted { ($0.due!, $0.rank, $0.id) < ($1.due!, $1.rank, $1.id) }.map {
            OverdueAction(action: $0, agreementID: state.commitments[$0.commitmentID]?.agreementID ?? "")
        }
        var byAgreement = [String: Progress](minimumCapacity: state.agreements.count)
        var overdueByAgreement: [String: Int] = [:]
        var byCategory: [String: Progress] = [:]
        var late: [LateCommitment] = []
        for commitment in state.commitments.values {
            let progress = byCommitment[commitment.id] ?? Progress()
            byAgreement[commitment.agreementID, default: Progress()].add(progress)
            byCategory[commitment.categoryID, default: Progress()].add(progress)
            overdueByAgreement[commitment.agreementID, default: 0] += overdueByCommitment[commitment.id] ?? 0
            if commitment.isOverdue(progress: progress, on: today) {
                late.append(LateCommitment(commitment: commitment, progress: progress))
            }
        }
        lateCommitments = late.sorted { ($0.commitment.due!, $0.commitment.rank, $0.commitment.id) < ($1.commitment.due!, $1.commitment.rank, $1.commitment.id) }
        agreements = state.sortedAgreements().map {
            AgreementLine(agreement: $0, standing: AgreementStanding($0, progress: byAgreement[$0.id] ?? Progress(),
                                                                       overdueCount: overdueByAgreement[$0.id] ?? 0, today: today))
        }
        titles = Dictionary(state.agreements.values.map { ($0.id, $0.title) }) { first, _ in first }
        total = agreements.reduce(Progress()) { $0 + $1.standing.progress }
        categories = state.sortedCategories.compactMap { category in
            byCategory[category.id].map { CategoryLine(category: category, progress: $0) }
        }
        ending = agreements.filter { $0.standing.expiringSoon || $0.standing.expired }
            .sorted { ($0.standing.daysLeft ?? 0, $0.agreement.rank, $0.agreement.id) < ($1.standing.daysLeft ?? 0, $1.agreement.rank, $1.agreement.id) }
    }

    /// The title of agreement `id` ("" when there is none).
    public func agreementTitle(_ id: String) -> String {
        titles[id] ?? ""
    }

    /// How many agreements have expired (of `ending`).
    public var expiredCount: Int { ending.filter(\.standing.expired).count }
}
