import Foundation

/// A data directory written before replicas: one `journal.log` for everyone, its
/// `snapshot.json` and `archive/` beside it. Opened to write, it migrates (see
/// `Journal.migrate`); opened read-only, it is read as it is.
enum LegacyData {
    /// True when the directory still has its single journal (or its snapshot) and has not migrated.
    static func exists(_ layout: DataLayout, fileSystem: FileSystem) -> Bool {
        (fileSystem.fileExists(layout.legacyJournal) || fileSystem.fileExists(layout.legacySnapshot))
            && !fileSystem.fileExists(layout.journal)
    }

    /// What the old files hold.
    struct Contents {
        /// The ledger as the old Accord would open it.
        var ledger = Ledger()
        /// Every record read, oldest first (archived segments, then journal.log).
        var records: [JournalRecord] = []
        /// The snapshot's last record number (0 without one).
        var snapshotSeq = 0
        /// Lines that could not be read or applied, in words.
        var problems: [String] = []
    }

    static func read(_ layout: DataLayout, fileSystem: FileSystem) throws(JournalError) -> Contents {
        var contents = Contents()
        let snapshotBytes: [UInt8]?
        do { snapshotBytes = try fileSystem.readFile(layout.legacySnapshot) } catch { throw .io(error) }
        if let snapshotBytes {
            let line = snapshotBytes.last == UInt8(ascii: "\n") ? snapshotBytes.dropLast() : snapshotBytes[...]
            switch LineCodec.decode(Snapshot.self, from: line) {
            case .success(let snapshot):
                contents.ledger = Ledger(state: snapshot.state, undoStack: snapshot.undoStack, redoStack: snapshot.redoStack)
                contents.snapshotSeq = snapshot.lastSeq
            case .failure(let problem):
                throw .snapshotUnreadable(path: layout.legacySnapshot, problem: problem.description)
            }
        }
        var segments = fileSystem.listDirectory(layout.legacyArchive)
            .filter { $0.hasPrefix("journal-") && $0.hasSuffix(".log") }.sorted()
            .map { layout.legacyArchive + "/" + $0 }
        segments.append(layout.legacyJournal)
        var seen = Set<Int>()
        for path in segments {
            let bytes: [UInt8]?
            do { bytes = try fileSystem.readFile(path) } catch { throw .io(error) }
            guard let bytes else { continue }
            let scan = JournalScan(bytes)
            for damage in scan.damage { contents.problems.append("\(path) \(damage)") }
            if let tail = scan.tornTail { contents.problems.append("\(path) \(tail)") }
            for entry in scan.entries where seen.insert(entry.record.seq).inserted {
                contents.records.append(entry.record)
            }
        }
        contents.records.sort { $0.seq < $1.seq }
        for record in contents.records where record.seq > contents.snapshotSeq {
            do { try contents.ledger.apply(record.kind, record.change) } catch {
                contents.problems.append("record \(record.seq) cannot be applied: \(error)")
            }
        }
        return contents
    }

    /// The old records as records of `replica`, when they replay from nothing to exactly the
    /// state the old files hold (none missing, none refused); nil otherwise.
    static func reframed(_ contents: Contents, replica: String) -> [JournalRecord]? {
        guard contents.problems.isEmpty, !contents.records.isEmpty,
              contents.records.enumerated().allSatisfy({ $0.offset + 1 == $0.element.seq }) else { return nil }
        var replay = Ledger()
        var clock = 0
        let dates = ISO8601DateFormatter()
        var result: [JournalRecord] = []
        for old in contents.records {
            do { try replay.apply(old.kind, old.change) } catch { return nil }
            let date = dates.date(from: old.at) ?? Date(timeIntervalSince1970: 0)
            clock = HybridClock.next(after: clock, now: date)
            result.append(JournalRecord(replica: replica, seq: old.seq, clock: clock, at: old.at, kind: old.kind, change: old.change))
        }
        guard replay.state == contents.ledger.state else { return nil }
        return result
    }

    /// One change creating everything `state` holds (over the built-in categories): how a
    /// directory whose old records do not replay whole is carried over.
    static func creation(of state: AccordState) -> [Event] {
        var events: [Event] = []
        let builtIn = AccordState.withBuiltInCategories
        for category in builtIn.categories.values.sorted(by: { $0.id < $1.id }) where state.categories[category.id] == nil {
            events.append(.categoryDeleted(id: category.id))
        }
        events += state.categories.values.filter { builtIn.categories[$0.id] == nil }.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map { .categoryCreated($0) }
        events += state.partners.values.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map { .partnerCreated($0) }
        events += state.agreements.values.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map { .agreementCreated($0) }
        events += state.commitments.values.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map { .commitmentCreated($0) }
        events += state.actions.values.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.map { .actionCreated($0) }
        return events
    }
}

extension Journal {
    /// Opens a single-journal directory that cannot migrate now (read-only): as it is.
    func readLegacy() throws(JournalError) -> Ledger {
        let contents = try LegacyData.read(layout, fileSystem: fileSystem)
        if readOnlyReason == nil { readOnlyReason = .requested }
        notices.append(Phrases.journal.legacyReadOnly.text)
        return contents.ledger
    }
}
