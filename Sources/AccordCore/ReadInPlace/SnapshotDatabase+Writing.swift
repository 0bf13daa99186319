import Glibc

extension SnapshotDatabase {
    /// The tables of version 2. `items.row` is also the row of the item's tokens in `words`.
    /// `history` keeps its bodies out of its key's b-tree (a rowid table: version 1 had them
    /// in it, and a seek past an import's inverse — one row of tens of megabytes — read all of it).
    static let tables = """
        CREATE TABLE header(id INTEGER PRIMARY KEY, body BLOB NOT NULL);
        CREATE TABLE items(row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, parent TEXT, body BLOB NOT NULL);
        CREATE INDEX items_by_parent ON items(parent);
        CREATE TABLE writers(id TEXT PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE tombstones(id TEXT PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE history(stack INTEGER NOT NULL, position INTEGER NOT NULL, body BLOB NOT NULL,
                             PRIMARY KEY(stack, position));
        CREATE VIRTUAL TABLE words USING fts5(tokens, tokenize='ascii');
        CREATE TABLE progress(agreement TEXT PRIMARY KEY, done INTEGER NOT NULL, total INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE verified(digest BLOB PRIMARY KEY) WITHOUT ROWID;
        """

    /// Writes the whole of `snapshot` (a ledger loaded whole, history included) as a new file:
    /// written beside, synced, then renamed over the old one, so that a crash leaves either
    /// the old file or the new one. Only under the directory's write lock.
    /// `header` is the same ledger without its items (`Ledger.withoutItems`).
    /// `verified`: the signatures checked and found good (see `VerifiedSignatures`).
    static func rebuild(_ snapshot: Snapshot, header: Snapshot, verified: Set<VerifiedSignatures.Digest>,
                        layout: DataLayout, fileSystem: FileSystem) throws {
        let target = layout.cache
        let temporary = target + ".tmp"
        for file in [temporary, temporary + "-journal"] where fileSystem.fileExists(file) { try fileSystem.remove(file) }
        do {
            let database = try SQLiteDatabase(path: temporary, mode: .create)
            // Nothing is synced while the file is written: it is synced once whole, below.
            try database.execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF")
            try database.execute(tables)
            let written = SnapshotDatabase(database)
            try database.transaction {
                try written.writeHeader(header, layout: layout, fileSystem: fileSystem)
                let state = snapshot.state
                for id in state.partners.keys { try written.insert(id, in: state) }
                for id in state.agreements.keys {
                    try written.insert(id, in: state)
                    try written.putProgress(of: id, in: state)
                }
                for id in state.commitments.keys { try written.insert(id, in: state) }
                for id in state.actions.keys { try written.insert(id, in: state) }
                for (item, writers) in Dictionary(grouping: snapshot.writers, by: \.itemID) {
                    try written.sql("INSERT INTO writers(id, body) VALUES (?, ?)").bind(.text(item), .bytes(LineCodec.encode(writers))).run()
                }
                for tombstone in snapshot.tombstones { try written.putTombstone(of: tombstone.itemID, tombstone) }
                for (position, change) in snapshot.undoStack.enumerated() { try written.push(change, on: 0, at: position) }
                for (position, change) in snapshot.redoStack.enumerated() { try written.push(change, on: 1, at: position) }
                try written.putVerified(verified)
                try database.execute("PRAGMA user_version = \(version)")
            }
            // Kept in the file: every connection after this one writes ahead to a log.
            try database.execute("PRAGMA journal_mode=WAL")
        }
        // Private like everything in local/ (SQLite gives its side files the same mode).
        chmod(temporary, 0o600)
        guard let fd = try fileSystem.openForReading(temporary) else { throw SQLiteError(code: 0, message: "\(temporary) vanished") }
        defer { fileSystem.close(fd) }
        try fileSystem.sync(fd)
        // The old file's write-ahead log must not be read as the new file's.
        for file in layout.cacheSideFiles where fileSystem.fileExists(file) { try fileSystem.remove(file) }
        try fileSystem.rename(temporary, to: target)
        try fileSystem.syncDirectory(layout.local)
    }

    /// Writes the header row: a snapshot of `Ledger.withoutItems`, with when each journal it
    /// read was last written (checksummed with the rest).
    func writeHeader(_ snapshot: Snapshot, layout: DataLayout, fileSystem: FileSystem) throws {
        var header = snapshot
        for index in header.files.indices {
            header.files[index].modified = fileSystem.identity(of: layout.inJournals(header.files[index].name))?.modified ?? 0
        }
        try sql("INSERT OR REPLACE INTO header(id, body) VALUES (1, ?)").bind(.bytes(LineCodec.encode(header))).run()
    }

    /// Writes the row of the item `id` as `state` holds it again, or deletes it when `state`
    /// has none (its tokens in `words` with it). Categories live in the header. A row kept is
    /// changed in place, its tokens only when they changed (a tick changes none): every page
    /// written is a page SQLite logs.
    func put(_ id: String, in state: AccordState) throws {
        let old = try sql("SELECT items.row, words.tokens FROM items LEFT JOIN words ON words.rowid = items.row WHERE items.id = ?")
            .bind(.text(id))
        guard try old.step() else { return try insert(id, in: state) }
        let (row, oldTokens) = (old.int(0), old.text(1))
        guard let item = Self.row(of: id, in: state) else {
            try sql("DELETE FROM items WHERE row = ?").bind(.int(row)).run()
            try sql("DELETE FROM words WHERE rowid = ?").bind(.int(row)).run()
            return
        }
        try sql("UPDATE items SET kind = ?, parent = ?, body = ? WHERE row = ?")
            .bind(.text(item.kind.rawValue), item.parent.map { .text($0) } ?? .null, .bytes(item.body), .int(row)).run()
        if item.tokens != oldTokens {
            try sql("DELETE FROM words WHERE rowid = ?").bind(.int(row)).run()
            try sql("INSERT INTO words(rowid, tokens) VALUES (?, ?)").bind(.int(row), .text(item.tokens)).run()
        }
    }

    /// Writes the row of the item `id` as `state` holds it (none for a category or an unknown id).
    private func insert(_ id: String, in state: AccordState) throws {
        guard let item = Self.row(of: id, in: state) else { return }
        try sql("INSERT INTO items(id, kind, parent, body) VALUES (?, ?, ?, ?)")
            .bind(.text(id), .text(item.kind.rawValue), item.parent.map { .text($0) } ?? .null, .bytes(item.body)).run()
        try sql("INSERT INTO words(rowid, tokens) VALUES (last_insert_rowid(), ?)").bind(.text(item.tokens)).run()
    }

    /// What the row of the item `id` holds: its kind, parent, framed body and search tokens;
    /// nil for a category (in the header) or an id `state` does not hold.
    private static func row(of id: String, in state: AccordState) -> (kind: ItemKind, parent: String?, body: [UInt8], tokens: String)? {
        let row: (ItemKind, String?, [UInt8])
        if let partner = state.partners[id] {
            row = (.partner, nil, LineCodec.encode(partner))
        } else if let agreement = state.agreements[id] {
            row = (.agreement, nil, LineCodec.encode(agreement))
        } else if let commitment = state.commitments[id] {
            row = (.commitment, commitment.agreementID, LineCodec.encode(commitment))
        } else if let action = state.actions[id] {
            row = (.action, action.commitmentID, LineCodec.encode(action))
        } else {
            return nil
        }
        guard let text = IndexedText(of: id, in: state) else { return nil }
        return (row.0, row.1, row.2, tokens(of: text))
    }

    /// The item's search tokens, folded, one space between each: what `words` holds. Only
    /// which items hold a word is asked of it; the ranking reads the items themselves.
    static func tokens(of text: IndexedText) -> String {
        var bytes: [UInt8] = []
        for part in [text.title, text.body] {
            Tokenizer.forEachToken(in: part) { token in
                bytes.append(contentsOf: token)
                bytes.append(UInt8(ascii: " "))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Puts `change` on stack 0 (undo) or 1 (redo) at `position`.
    func push(_ change: Change, on stack: Int, at position: Int) throws {
        try sql("INSERT INTO history(stack, position, body) VALUES (?, ?, ?)")
            .bind(.int(stack), .int(position), .bytes(LineCodec.encode(change))).run()
    }
}

extension Ledger {
    /// This ledger without its items, stacks and field writers — the categories, the next rank
    /// and the merge bookkeeping kept: what the header row of the snapshot read in place holds.
    var withoutItems: Ledger {
        var state = AccordState()
        state.categories = self.state.categories
        state.nextRank = self.state.nextRank
        var header = Ledger(state: state)
        header.restoreMerge(lastKey: lastKey, frontier: frontierRefs, conflicts: conflicts, writers: [],
                            clocks: Array(clocks.values))
        return header
    }
}
