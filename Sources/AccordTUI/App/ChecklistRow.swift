import AccordCore

/// A row of the checklist pane: a category heading, a commitment, or an action.
public enum ChecklistRow: Hashable, Sendable {
    case category(String)
    case commitment(String)
    case action(String)

    /// Headings cannot be selected.
    public var isSelectable: Bool {
        if case .category = self { return false }
        return true
    }

    public var itemID: String {
        switch self {
        case .category(let id), .commitment(let id), .action(let id): return id
        }
    }

    /// The agreement's commitments grouped by category (in category order), each followed by its actions.
    public static func rows(for agreementID: String?, in state: AccordState) -> [ChecklistRow] {
        guard let agreementID else { return [] }
        let commitments = state.commitments(of: agreementID)
        let byCategory = Dictionary(grouping: commitments, by: \.categoryID)
        let order = state.inCategoryOrder(byCategory.keys)
        var rows: [ChecklistRow] = []
        for categoryID in order {
            rows.append(.category(categoryID))
            for commitment in byCategory[categoryID]! {
                rows.append(.commitment(commitment.id))
                rows += state.actions(of: commitment.id).map { .action($0.id) }
            }
        }
        return rows
    }
}
