/// What deleting an item takes with it, as one undoable change.
public struct Deletion: Hashable, Sendable {
    /// Deletes the actions, then the commitments, then the item itself.
    public let change: Change
    public let kind: ItemKind
    /// How many commitments and actions go with the item.
    public let commitmentCount: Int
    public let actionCount: Int

    /// Plans the deletion of `id`; throws when nothing has that id or a partner is still named.
    public init(of id: String, in state: AccordState) throws(AccordError) {
        guard let kind = state.kind(of: id) else { throw .unknownID(id, expected: nil) }
        self.kind = kind
        var commitmentIDs: [String] = []
        switch kind {
        case .agreement: commitmentIDs = state.commitments(of: id).map(\.id)
        case .commitment: commitmentIDs = [id]
        case .partner:
            if let user = Validation.firstUser(ofPartner: id, in: state) {
                throw .stillReferenced(.partner, id: id, by: user)
            }
        case .category:
            if let user = state.commitments.values.first(where: { $0.categoryID == id }) {
                throw .stillReferenced(.category, id: id, by: Phrases.core.usedByCommitment(["id": user.id]))
            }
        case .action: break
        }
        var events: [Event] = []
        var actionCount = 0
        for commitmentID in commitmentIDs {
            let actions = state.actions(of: commitmentID)
            actionCount += actions.count
            events += actions.map { .actionDeleted(id: $0.id) }
            events.append(.commitmentDeleted(id: commitmentID))
        }
        commitmentCount = kind == .agreement ? commitmentIDs.count : 0
        self.actionCount = actionCount
        if kind != .commitment {
            events.append(kind == .agreement ? .agreementDeleted(id: id) : kind == .partner ? .partnerDeleted(id: id)
                          : kind == .action ? .actionDeleted(id: id) : .categoryDeleted(id: id))
        }
        change = Change(ChangeLabel(.deleted, kind: kind, title: state.title(of: id)), events: events)
    }

    /// "the agreement, its 4 commitments and 12 actions" — what the confirmation names.
    public var whatGoes: String {
        var parts: [String] = []
        let core = Phrases.core
        if commitmentCount > 0 { parts.append(Phrases.model.countedCommitments(commitmentCount)) }
        if actionCount > 0 { parts.append(Phrases.model.countedActions(actionCount)) }
        if parts.isEmpty { return kind.withDefiniteArticle.text }
        return core.deletionWithChildren(["kind": kind.withDefiniteArticle, "children": parts.joined(separator: " \(core.and.text) ")])
    }
}
