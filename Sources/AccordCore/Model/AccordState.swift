/// Everything Accord knows at one moment: a value, changed only by the reducer.
public struct AccordState: Hashable, Sendable {
    public internal(set) var categories: [String: Category] = [:]
    public internal(set) var partners: [String: Partner] = [:]
    public internal(set) var agreements: [String: Agreement] = [:]
    public internal(set) var commitments: [String: Commitment] = [:]
    public internal(set) var actions: [String: Action] = [:]
    /// Commitment ids of each agreement (kept by the reducer).
    public internal(set) var commitmentIDsByAgreement: [String: Set<String>] = [:]
    /// Action ids of each commitment (kept by the reducer).
    public internal(set) var actionIDsByCommitment: [String: Set<String>] = [:]
    /// The rank the next created item gets, so listings keep creation order.
    public internal(set) var nextRank: Int = 0

    /// An empty state with no categories at all.
    public init() {}

    /// A state holding these items (ids are unique in anything Accord wrote; of two
    /// items with one id the first is kept), with the child indexes built. Each table
    /// is sized once — growing a table of 100,000 actions step by step rehashes it again
    /// and again — and the items are moved out of the lists, not copied.
    init(categories: consuming [Category], partners: consuming [Partner], agreements: consuming [Agreement],
         commitments: consuming [Commitment], actions: consuming [Action], nextRank: Int) {
        func table<Item: Identifiable>(_ items: inout [Item]) -> [String: Item] where Item.ID == String {
            var table = [String: Item](minimumCapacity: items.count)
            while let item = items.popLast() { table[item.id] = item }
            return table
        }
        self.init(categories: table(&categories), partners: table(&partners), agreements: table(&agreements),
                  commitments: table(&commitments), actions: table(&actions), nextRank: nextRank)
    }

    /// The state of these items, by id (shared, not copied), with the indexes built from them.
    init(categories: [String: Category], partners: [String: Partner], agreements: [String: Agreement],
         commitments: [String: Commitment], actions: [String: Action], nextRank: Int) {
        self.categories = categories
        self.partners = partners
        self.agreements = agreements
        self.commitments = commitments
        self.actions = actions
        commitmentIDsByAgreement.reserveCapacity(self.agreements.count)
        for commitment in self.commitments.values {
            commitmentIDsByAgreement[commitment.agreementID, default: []].insert(commitment.id)
        }
        actionIDsByCommitment.reserveCapacity(self.commitments.count)
        for action in self.actions.values {
            actionIDsByCommitment[action.commitmentID, default: []].insert(action.id)
        }
        self.nextRank = nextRank
    }

    /// An empty state holding the built-in categories.
    public static var withBuiltInCategories: AccordState {
        var state = AccordState()
        for category in Category.builtIn {
            state.categories[category.id] = category
        }
        state.nextRank = Category.builtIn.count
        return state
    }

    /// Room for the items `events` create, made at once (only for a large change, an import):
    /// tables of 100,000 actions grown one item at a time are rehashed again and again.
    mutating func reserveCapacity(forCreating events: [Event]) {
        guard events.count > 1_000 else { return }
        var created = (partners: 0, agreements: 0, commitments: 0, actions: 0)
        for event in events {
            switch event {
            case .partnerCreated: created.partners += 1
            case .agreementCreated: created.agreements += 1
            case .commitmentCreated: created.commitments += 1
            case .actionCreated: created.actions += 1
            default: break
            }
        }
        partners.reserveCapacity(partners.count + created.partners)
        agreements.reserveCapacity(agreements.count + created.agreements)
        commitments.reserveCapacity(commitments.count + created.commitments)
        commitmentIDsByAgreement.reserveCapacity(commitmentIDsByAgreement.count + created.agreements)
        actions.reserveCapacity(actions.count + created.actions)
        actionIDsByCommitment.reserveCapacity(actionIDsByCommitment.count + created.commitments)
    }

    /// The kind of item `id` names, if any.
    public func kind(of id: String) -> ItemKind? {
        if partners[id] != nil { return .partner }
        if agreements[id] != nil { return .agreement }
        if commitments[id] != nil { return .commitment }
        if actions[id] != nil { return .action }
        if categories[id] != nil { return .category }
        return nil
    }
}
