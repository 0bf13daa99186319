/// The items read so far from the snapshot read in place for one command, and how to read
/// what those items need around them.
struct LoadedPart {
    private var partners: [String: Partner] = [:]
    private var agreements: [String: Agreement] = [:]
    private var commitments: [String: Commitment] = [:]
    private(set) var actions: [String: Action] = [:]
    /// Every item read, in the order read.
    private(set) var ids: [String] = []

    /// Adds the item of a row `(id, kind, body, parent)`; returns its id and kind. Reading
    /// every row (`whole`), each id comes once (the column is unique) and none is remembered in `ids`.
    @discardableResult
    mutating func add(_ row: SQLiteStatement, whole: Bool = false) throws(SnapshotDatabase.Problem) -> (String, ItemKind) {
        let id = row.text(0) ?? ""
        guard let kind = row.text(1).flatMap(ItemKind.init(rawValue:)) else { throw .missing("kind of \(id)") }
        guard whole || !holds(id) else { return (id, kind) }
        // The columns beside the checksummed body must say what it says, or the row is not trusted.
        let parent = row.text(3)
        func checked<Item: JournalValue & Identifiable>(_ type: Item.Type, parent expected: String?) throws(SnapshotDatabase.Problem)
            -> Item where Item.ID == String {
            let item = try row.withBytes(2) { bytes throws(SnapshotDatabase.Problem) in try SnapshotDatabase.decode(type, bytes, row: id) }
            guard item.id == id, parent == expected else { throw .mismatch(id) }
            return item
        }
        switch kind {
        case .partner: partners[id] = try checked(Partner.self, parent: nil)
        case .agreement: agreements[id] = try checked(Agreement.self, parent: nil)
        case .commitment:
            let commitment = try checked(Commitment.self, parent: parent)
            guard commitment.agreementID == parent else { throw .mismatch(id) }
            commitments[id] = commitment
        case .action:
            let action = try checked(Action.self, parent: parent)
            guard action.commitmentID == parent else { throw .mismatch(id) }
            actions[id] = action
        case .category: throw .missing("category \(id)")
        }
        if !whole { ids.append(id) }
        return (id, kind)
    }

    private func holds(_ id: String) -> Bool {
        partners[id] != nil || agreements[id] != nil || commitments[id] != nil || actions[id] != nil
    }

    /// Reads the item `id` unless read already; its kind, or nil when the file has none.
    mutating func load(_ id: String, from file: SnapshotDatabase) throws(SnapshotDatabase.Problem) -> ItemKind? {
        if actions[id] != nil { return .action }
        if commitments[id] != nil { return .commitment }
        if agreements[id] != nil { return .agreement }
        if partners[id] != nil { return .partner }
        let rows = try file.sql("SELECT id, kind, body, parent FROM items WHERE id = ?", .text(id))
        guard try file.step(rows) else { return nil }
        return try add(rows).1
    }

    /// Reads the children of `parent` (an agreement's commitments, a commitment's actions).
    mutating func loadChildren(of parent: String, from file: SnapshotDatabase) throws(SnapshotDatabase.Problem) -> [String] {
        let rows = try file.sql("SELECT id, kind, body, parent FROM items WHERE parent = ?", .text(parent))
        var children: [String] = []
        while try file.step(rows) {
            let id = rows.text(0) ?? ""
            if !holds(id) { try add(rows) }
            children.append(id)
        }
        return children
    }

    /// Reads what lies above the item: its commitment, agreement and partners.
    mutating func loadAbove(_ id: String, kind: ItemKind, from file: SnapshotDatabase) throws(SnapshotDatabase.Problem) {
        switch kind {
        case .action:
            guard let commitment = actions[id]?.commitmentID, try load(commitment, from: file) != nil else { return }
            try loadAbove(commitment, kind: .commitment, from: file)
        case .commitment:
            guard let commitment = commitments[id] else { return }
            if let owner = commitment.ownerID { _ = try load(owner, from: file) }
            guard try load(commitment.agreementID, from: file) != nil else { return }
            try loadAbove(commitment.agreementID, kind: .agreement, from: file)
        case .agreement:
            guard let agreement = agreements[id] else { return }
            for partner in agreement.signatories + agreement.associates { _ = try load(partner, from: file) }
        case .partner, .category:
            return
        }
    }

    /// Reads what showing or changing the item needs: what lies above it, and every
    /// commitment and action of its agreement (an action's siblings hold a series'
    /// occurrences; the agreement's progress, kept with the rows, counts them all).
    mutating func loadAround(_ id: String, kind: ItemKind, from file: SnapshotDatabase) throws(SnapshotDatabase.Problem) {
        try loadAbove(id, kind: kind, from: file)
        let agreement: String?
        switch kind {
        case .agreement: agreement = id
        case .commitment: agreement = commitments[id]?.agreementID
        case .action: agreement = actions[id].flatMap { commitments[$0.commitmentID]?.agreementID }
        case .partner, .category: agreement = nil
        }
        guard let agreement else { return }
        for commitment in try loadChildren(of: agreement, from: file) { _ = try loadChildren(of: commitment, from: file) }
    }

    /// Reads every item of `kind`: the agreements for `accord list agreements` (their progress
    /// is kept with the rows), the partners for a name that is no id (it may be a partner's).
    mutating func loadEvery(_ kind: ItemKind, from file: SnapshotDatabase) throws(SnapshotDatabase.Problem) {
        let rows = try file.sql("SELECT id, kind, body, parent FROM items WHERE kind = ?", .text(kind.rawValue))
        while try file.step(rows) { try add(rows) }
    }

    /// The state holding the items read, with the categories and next rank of `header`.
    func state(categories header: AccordState) -> AccordState {
        AccordState(categories: header.categories, partners: partners, agreements: agreements, commitments: commitments,
                    actions: actions, nextRank: header.nextRank)
    }
}
