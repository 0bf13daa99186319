extension SnapshotDatabase {
    /// The whole ledger the file holds (its `header`, read already); without `history` the
    /// stacks are left empty.
    func wholeSnapshot(_ header: Snapshot, history: Bool = true) throws(Problem) -> Snapshot {
        var part = LoadedPart()
        let rows = try sql("SELECT id, kind, body, parent FROM items")
        while try step(rows) { try part.add(rows, whole: true) }
        var snapshot = header
        snapshot.state = part.state(categories: snapshot.state)
        snapshot.writers = try writers(of: nil)
        snapshot.tombstones = try tombstones()
        if history {
            snapshot.undoStack = try stack(0, top: nil)
            snapshot.redoStack = try stack(1, top: nil)
        }
        return snapshot
    }

    /// The part of the ledger `scope` needs, or nil when it needs the whole ledger. Without
    /// `history` the stacks are left empty (a command that only reads).
    func snapshot(for scope: ReadScope, history: Bool) throws(Problem) -> Snapshot? {
        var part = LoadedPart()
        var snapshot = try header()
        switch scope {
        case .items(let names):
            for name in names {
                guard let id = try resolve(name) else {
                    // No such id: a partner's name, or nothing at all — answered from the
                    // partners alone, never by reading every action.
                    try part.loadEvery(.partner, from: self)
                    if part.state(categories: snapshot.state).itemID(named: name) != nil { return nil }
                    continue
                }
                guard let kind = try part.load(id, from: self), kind != .partner else { return nil }
                try part.loadAround(id, kind: kind, from: self)
            }
        case .search(let query, let today, let limit):
            let words = (query.terms + query.phrases.flatMap { $0 }).filter { !$0.isEmpty }
            guard !words.isEmpty else { return nil }
            let match = words.map { "\"\($0)\"*" }.joined(separator: " AND ")
            let rows = try sql("SELECT items.id, items.kind, items.body, items.parent FROM words JOIN items ON items.row = words.rowid WHERE words MATCH ?",
                               .text(match))
            var found: [String: ItemKind] = [:]
            while try step(rows) {
                let (id, kind) = try part.add(rows)
                found[id] = kind
            }
            if query.overdueOnly {
                // A commitment is late while an action of it is open: its actions decide.
                for (id, kind) in found where kind == .commitment { _ = try part.loadChildren(of: id, from: self) }
            }
            // The ranking reads only the items themselves: what lies above is read for the hits shown.
            let shown = query.partners.isEmpty && query.categories.isEmpty
                ? SearchScan.search(query, in: part.state(categories: snapshot.state), today: today, limit: limit).map(\.id)
                : Array(found.keys)
            for id in shown { try part.loadAbove(id, kind: found[id] ?? .category, from: self) }
        case .agreementList:
            try part.loadEvery(.agreement, from: self)
        case .firstScreen(let count):
            try part.loadEvery(.partner, from: self)
            try part.loadEvery(.agreement, from: self)
            for agreement in part.state(categories: snapshot.state).sortedAgreements().prefix(count) {
                try part.loadAround(agreement.id, kind: .agreement, from: self)
            }
        case .undo, .redo:
            guard history else { return nil }
            let stack = scope == .undo ? 0 : 1
            guard let top = try self.stack(stack, top: 1).last else { break }
            guard top.events.allSatisfy(\.isLocalToAnAction) else { return nil }
            for id in top.itemIDs {
                guard let kind = try part.load(id, from: self) else { return nil }
                try part.loadAround(id, kind: kind, from: self)
            }
            if stack == 0 { snapshot.undoStack = [top] } else { snapshot.redoStack = [top] }
        }
        snapshot.state = part.state(categories: snapshot.state)
        for id in part.ids { snapshot.writers += try writers(of: id) }
        snapshot.tombstones = try tombstones()
        return snapshot
    }

    /// The id `name` is, as `AccordState.itemID(named:)` finds an id (as typed, or in lower case).
    private func resolve(_ name: String) throws(Problem) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        for candidate in [trimmed, trimmed.lowercased()] {
            let rows = try sql("SELECT 1 FROM items WHERE id = ?", .text(candidate))
            if try step(rows) { return candidate }
        }
        return nil
    }

    /// The deleted items' last values, by id (a small table: read whole, also for a part).
    /// The signatures checked and found good (see `VerifiedSignatures`).
    func verifiedSignatures() throws(Problem) -> [VerifiedSignatures.Digest] {
        let rows = try sql("SELECT digest FROM verified")
        var found: [VerifiedSignatures.Digest] = []
        while try step(rows) {
            if let digest = rows.withBytes(0, { VerifiedSignatures.Digest(bytes: Array($0)) }) { found.append(digest) }
        }
        return found
    }

    func tombstones() throws(Problem) -> [Event] {
        let rows = try sql("SELECT id, body FROM tombstones ORDER BY id")
        var found: [Event] = []
        while try step(rows) {
            let item = rows.text(0) ?? ""
            found.append(try rows.withBytes(1) { bytes throws(Problem) in try Self.decode(Event.self, bytes, row: "tombstone of \(item)") })
        }
        return found
    }

    /// The field writers of the item `id`, or of every item.
    func writers(of id: String?) throws(Problem) -> [FieldWriter] {
        let rows = if let id { try sql("SELECT id, body FROM writers WHERE id = ?", .text(id)) } else { try sql("SELECT id, body FROM writers") }
        var writers: [FieldWriter] = []
        while try step(rows) {
            let item = rows.text(0) ?? ""
            writers += try rows.withBytes(1) { bytes throws(Problem) in try Self.decode([FieldWriter].self, bytes, row: "writers of \(item)") }
        }
        return writers
    }

    /// The changes of stack 0 (undo) or 1 (redo), oldest first: the `top` newest, or all.
    func stack(_ stack: Int, top: Int?) throws(Problem) -> [Change] {
        let rows = try sql("SELECT position, body FROM history WHERE stack = ? ORDER BY position DESC LIMIT ?", .int(stack), .int(top ?? -1))
        var changes: [Change] = []
        while try step(rows) {
            let position = rows.int(0)
            changes.append(try rows.withBytes(1) { bytes throws(Problem) in
                try Self.decode(Change.self, bytes, row: "history \(stack) \(position)")
            })
        }
        return changes.reversed()
    }
}

extension Event {
    /// True for a tick, an untick or a note: events that read and change one existing action
    /// and nothing else, so that a part of the ledger holding the action checks them as the whole would.
    var isLocalToAnAction: Bool {
        switch self {
        case .actionTicked, .actionUnticked, .noteSet: return true
        default: return false
        }
    }
}
