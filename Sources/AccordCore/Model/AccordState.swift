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

    /// An empty state holding the built-in categories.
    public static var withBuiltInCategories: AccordState {
        var state = AccordState()
        for category in Category.builtIn {
            state.categories[category.id] = category
        }
        state.nextRank = Category.builtIn.count
        return state
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
