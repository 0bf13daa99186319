extension SnapshotDatabase {
    /// Replaces the field writers of the item `id` (none: the row is deleted).
    func putWriters(of id: String, _ fields: [String: RecordRef]?) throws {
        try sql("DELETE FROM writers WHERE id = ?").bind(.text(id)).run()
        guard let fields, !fields.isEmpty else { return }
        let writers = fields.map { FieldWriter(itemID: id, field: $0.key, writer: $0.value) }.sorted { $0.field < $1.field }
        try sql("INSERT INTO writers(id, body) VALUES (?, ?)").bind(.text(id), .bytes(LineCodec.encode(writers))).run()
    }

    /// Keeps signatures checked and found good (see `VerifiedSignatures`).
    func putVerified<Digests: Sequence<VerifiedSignatures.Digest>>(_ digests: Digests) throws {
        let insert = try sql("INSERT OR IGNORE INTO verified(digest) VALUES (?)")
        for digest in digests {
            try insert.bind(.bytes(digest.bytes)).run()
            insert.reset()
        }
    }

    /// Replaces the last value kept of the deleted item `id` (none: the row is deleted).
    func putTombstone(of id: String, _ creation: Event?) throws {
        try sql("DELETE FROM tombstones WHERE id = ?").bind(.text(id)).run()
        guard let creation else { return }
        try sql("INSERT INTO tombstones(id, body) VALUES (?, ?)").bind(.text(id), .bytes(LineCodec.encode(creation))).run()
    }

    /// The agreement the item `id` belongs to as the file holds it (before a change is written).
    func agreement(holding id: String) throws -> String? {
        let row = try sql("SELECT kind, parent FROM items WHERE id = ?").bind(.text(id))
        guard try row.step(), let kind = row.text(0) else { return nil }
        switch ItemKind(rawValue: kind) {
        case .agreement?: return id
        case .commitment?: return row.text(1)
        case .action?:
            guard let commitment = row.text(1) else { return nil }
            return try agreement(holding: commitment)
        default: return nil
        }
    }

    /// The series the action `id` is an occurrence of, as the file holds it (before a change is written).
    func series(of id: String) throws -> String? {
        var part = LoadedPart()
        guard try part.load(id, from: self) == .action else { return nil }
        return part.actions[id]?.seriesID
    }

    /// Writes the agreement's progress as `state` counts it (which must hold all its actions),
    /// or deletes it when `state` has no such agreement.
    func putProgress(of agreement: String, in state: AccordState) throws {
        guard state.agreements[agreement] != nil else {
            return try sql("DELETE FROM progress WHERE agreement = ?").bind(.text(agreement)).run()
        }
        let progress = state.progress(ofAgreement: agreement)
        try sql("INSERT OR REPLACE INTO progress(agreement, done, total) VALUES (?, ?, ?)")
            .bind(.text(agreement), .int(progress.done), .int(progress.total)).run()
    }

    /// Each agreement's progress as kept with the rows.
    func agreementProgress() throws(Problem) -> [String: Progress] {
        let rows = try sql("SELECT agreement, done, total FROM progress")
        var progress: [String: Progress] = [:]
        while try step(rows) { progress[rows.text(0) ?? ""] = Progress(done: rows.int(1), total: rows.int(2)) }
        return progress
    }

    /// Moves the stacks as a record of `kind` of this replica moved the ledger's (nil: another
    /// replica's record, which moves nothing): a new change pushes its inverse on undo and
    /// clears redo; an undo pops undo and pushes on redo; a redo the reverse. The change
    /// pushed is the top of `ledger`'s stack, so a ledger holding only the tops will do.
    func moveStacks(as kind: RecordKind?, in ledger: Ledger) throws {
        switch kind {
        case nil:
            break
        case .change?:
            try push(top: ledger.undoStack.last, on: 0)
            try sql("DELETE FROM history WHERE stack = 1").run()
        case .undo?:
            try pop(0)
            try push(top: ledger.redoStack.last, on: 1)
        case .redo?:
            try pop(1)
            try push(top: ledger.undoStack.last, on: 0)
        }
    }

    private func pop(_ stack: Int) throws {
        try sql("DELETE FROM history WHERE stack = ? AND position = (SELECT max(position) FROM history WHERE stack = ?)")
            .bind(.int(stack), .int(stack)).run()
    }

    /// Pushes `change` on top of the stack, then trims the oldest as the ledger does
    /// (`Ledger.undoDepth`, once `trimSlack` past it).
    private func push(top change: Change?, on stack: Int) throws {
        guard let change else { return }
        let top = try sql("SELECT coalesce(max(position), -1), count(*) FROM history WHERE stack = ?").bind(.int(stack))
        _ = try top.step()
        let (position, count) = (top.int(0) + 1, top.int(1) + 1)
        try push(change, on: stack, at: position)
        guard count > Ledger.undoDepth + Ledger.trimSlack else { return }
        try sql("DELETE FROM history WHERE stack = ? AND position < ?").bind(.int(stack), .int(position + 1 - Ledger.undoDepth)).run()
    }
}
