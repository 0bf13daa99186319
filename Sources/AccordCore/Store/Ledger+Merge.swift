extension Ledger {
    /// What merging one record did.
    public enum MergeOutcome: Sendable {
        /// Applied; `revert` takes it back, `revert.inverse` undoes its change.
        case applied(Revert)
        /// It could not apply: it is left out whole and listed in `conflicts`.
        case refused(AccordError)
    }

    /// Applies `record` — from any replica, in merged order (each record's key after the last
    /// one's) — and never fails: a record that cannot apply is left out and listed in
    /// `conflicts`, and so is every value it overwrote that its writer had not seen. Only
    /// this replica's records (`mine`) move the undo and redo stacks.
    @discardableResult
    public mutating func merge(_ record: JournalRecord, mine: Bool) -> MergeOutcome {
        var record = record
        record.change.events = settled(record.change.events)
        do {
            return .applied(try apply(record, mine: mine, revertible: false))
        } catch {
            conflicts.append(Self.refusal(of: record, because: error))
            settle(record.settles)
            advance(past: record)
            return .refused(error)
        }
    }

    /// Applies `record` as `merge` does, but throws when it cannot apply (and then changes
    /// nothing): how a new change of this replica is checked before it is journaled.
    /// (`revertible: false` when the result will never be taken back with `revert`: a replay.)
    public mutating func apply(_ record: JournalRecord, mine: Bool, revertible: Bool = true) throws(AccordError) -> Revert {
        let before = touchedItems(of: record)
        // The items it deletes, as they are (their tombstones), and those it makes again.
        var buried: [ItemValue] = [], made: [String] = []
        for event in record.change.events {
            if let id = event.deletedID {
                if let item = ItemValue(id, in: state) { buried.append(item) }
            } else if !tombstones.isEmpty, let id = event.createdID, tombstones[id] != nil {
                made.append(id)
            }
        }
        var marks: Revert.MergeMarks?
        if revertible {
            let touched = record.change.events.compactMap { $0.fieldSetter ?? $0.deletedID }
            marks = Revert.MergeMarks(lastKey: lastKey, frontierSeq: frontier[record.replica], conflicts: conflicts,
                                      writers: touched.reduce(into: [:]) { $0[$1] = writers[$1] },
                                      tombstones: (buried.map(\.id) + made).reduce(into: [:]) { $0[$1] = tombstones[$1] },
                                      clocks: ([record.replica] + record.seen.map(\.replica)).reduce(into: [:]) { $0[$1] = clocks[$1] },
                                      replica: record.replica)
        }
        var revert: Revert
        if record.change.events.isEmpty {
            revert = Revert(kind: nil, nextRank: state.nextRank, inverse: record.change)
        } else if mine {
            revert = try apply(record.kind, record.change)
        } else {
            let rankBefore = state.nextRank
            revert = Revert(kind: nil, nextRank: rankBefore, inverse: try Reducer.apply(record.change, to: &state))
        }
        revert.marks = marks
        noteClocks(of: record)
        for id in made { tombstones[id] = nil }
        for item in buried { tombstones[item.id] = item.recreating }
        noteOverwrites(by: record, before: before)
        settle(record.settles)
        advance(past: record)
        return revert
    }

    private mutating func advance(past record: JournalRecord) {
        if record.clock > lastKey.clock || (record.clock == lastKey.clock && lastKey < record.key) { lastKey = record.key }
        let index = frontier.index(forKey: record.replica)
        if let index {
            if frontier.values[index] < record.seq { frontier.values[index] = record.seq }
        } else {
            frontier[record.replica] = record.seq
        }
    }

    /// Notes `record` as its replica's newest, and finds the clocks of the records it saw ahead
    /// when it says it was written before them (by more than the drift allowed). ISO times
    /// compare as text: only a record that says it is older than one it saw is parsed.
    private mutating func noteClocks(of record: JournalRecord) {
        guard !record.replica.isEmpty else { return }
        for ref in record.seen where ref.replica != record.replica {
            guard var seen = clocks[ref.replica], seen.seq == ref.seq, seen.at > record.at,
                  let then = Timestamp.seconds(seen.at), let now = Timestamp.seconds(record.at) else { continue }
            let ahead = then - now
            if ahead > ReplicaClock.allowedDrift, ahead > seen.ahead {
                seen.ahead = ahead
                clocks[ref.replica] = seen
            }
        }
        // Changed in place: one look-up per record on a replay of a million.
        if let index = clocks.index(forKey: record.replica) {
            guard clocks.values[index].seq < record.seq else { return }
            clocks.values[index].seq = record.seq
            clocks.values[index].at = record.at
        } else {
            clocks[record.replica] = ReplicaClock(replica: record.replica, seq: record.seq, at: record.at)
        }
    }

    /// `events` as they apply after other replicas' work: a tick of an action already ticked
    /// that day, or an untick of one not done, does nothing (two people did the same thing);
    /// a tick of one ticked another day sets the day (the later clock wins, as for any field).
    private func settled(_ events: [Event]) -> [Event] {
        events.compactMap { event in
            switch event {
            case .actionTicked(let id, let day):
                guard var action = state.actions[id], let done = action.doneOn else { return event }
                if done == day { return nil }
                action.doneOn = day
                return .actionUpdated(action, fields: ["doneOn"])
            case .actionUnticked(let id):
                guard let action = state.actions[id], action.doneOn == nil else { return event }
                return nil
            case .partnerDeleted(let id), .agreementDeleted(let id), .commitmentDeleted(let id), .actionDeleted(let id):
                // Deleted elsewhere too: the same change twice is no conflict.
                return state.kind(of: id) == nil ? nil : event
            default:
                return event
            }
        }
    }

    /// The writers a snapshot keeps, in a stable order.
    public var fieldWriters: [FieldWriter] {
        writers.flatMap { item, fields in fields.map { FieldWriter(itemID: item, field: $0.key, writer: $0.value) } }
            .sorted { ($0.itemID, $0.field) < ($1.itemID, $1.field) }
    }

    /// The last record applied of each replica, as a snapshot keeps it (sorted).
    public var frontierRefs: [RecordRef] {
        frontier.map { RecordRef(replica: $0.key, seq: $0.value) }.sorted()
    }

    /// Sets the merge bookkeeping read from a snapshot.
    mutating func restoreMerge(lastKey: RecordKey, frontier: [RecordRef], conflicts: [Conflict], writers: [FieldWriter],
                               tombstones: [Event] = [], clocks: [ReplicaClock] = []) {
        self.clocks = Dictionary(clocks.map { ($0.replica, $0) }, uniquingKeysWith: { _, last in last })
        self.tombstones = Dictionary(tombstones.map { ($0.itemID, $0) }, uniquingKeysWith: { _, last in last })
        self.lastKey = lastKey
        self.frontier = Dictionary(frontier.map { ($0.replica, $0.seq) }, uniquingKeysWith: max)
        self.conflicts = conflicts
        self.writers = [:]
        for writer in writers { self.writers[writer.itemID, default: [:]][writer.field] = writer.writer }
    }

    /// The replicas other than `replica` this ledger has read, each with its last record: what
    /// a record written now was written knowing.
    public func seen(except replica: String) -> [RecordRef] {
        frontier.filter { $0.key != replica }.map { RecordRef(replica: $0.key, seq: $0.value) }.sorted()
    }

    /// The items whose fields `record` sets over a value another replica set without `record`'s
    /// writer having seen it — as they are before it applies (the only ones the merge must
    /// compare; usually none, so a replay pays a few dictionary look-ups per event).
    private func touchedItems(of record: JournalRecord) -> [String: ItemValue] {
        var items: [String: ItemValue] = [:]
        for event in record.change.events {
            // A deletion loses every value set by a record its writer had not seen.
            guard let id = event.fieldSetter ?? event.deletedID, items[id] == nil, let fields = writers[id] else { continue }
            let suspect: Bool
            if let keys = event.keysSet {
                suspect = keys.contains { key in fields[key].map { $0.replica != record.replica && !record.knew($0) } ?? false }
            } else {
                suspect = fields.values.contains { $0.replica != record.replica && !record.knew($0) }
            }
            if suspect, let item = ItemValue(id, in: state) { items[id] = item }
        }
        return items
    }

    /// Lists each value `record` overwrote that was set by another replica's record its writer
    /// had not read (a concurrent set; the same value twice is none), and notes `record` as
    /// the last writer of what it set.
    private mutating func noteOverwrites(by record: JournalRecord, before: [String: ItemValue]) {
        // First what was lost (`writers` still names who set each field before `record`) …
        for (id, old) in before.sorted(by: { $0.key < $1.key }) {
            let new = ItemValue(id, in: state)
            var lost: [RecordRef: [String]] = [:]
            for key in new.map({ $0.differingKeys(from: old) }) ?? old.keys {
                if let writer = writers[id]?[key], writer.replica != record.replica, !record.knew(writer) {
                    lost[writer, default: []].append(key)
                }
            }
            guard new != nil else {
                // Deleted: one conflict for the item, naming the first of the records it lost.
                guard let first = lost.keys.min() else { continue }
                let keys = lost.values.flatMap { $0 }.sorted()
                conflicts.append(Conflict(
                    id: "\(record.ref):\(id)", kind: .deleted, itemID: id, fields: keys, lost: first, lostAt: "",
                    lostLabel: "", winner: record.ref,
                    reason: "deleted by \(record.ref) without having seen \(keys.map { "'\($0)'" }.joined(separator: ", "))",
                    take: [old.recreating]))
                continue
            }
            for (writer, keys) in lost.sorted(by: { $0.key < $1.key }) {
                conflicts.append(Conflict(
                    id: "\(writer):\(id)", kind: .overwritten, itemID: id, fields: keys, lost: writer, lostAt: "",
                    lostLabel: "", winner: record.ref,
                    reason: "\(keys.map { "'\($0)'" }.joined(separator: ", ")) set again by \(record.ref) without having seen it",
                    take: [old.restoring(keys)]))
            }
        }
        // … then `record` as the last writer of what it set.
        for event in record.change.events {
            switch event {
            case .partnerDeleted(let id), .agreementDeleted(let id), .commitmentDeleted(let id), .actionDeleted(let id):
                writers[id] = nil
            default:
                guard let id = event.fieldSetter else { continue }
                for key in event.keysSet ?? ItemValue(id, in: state)?.keys ?? [] { writers[id, default: [:]][key] = record.ref }
            }
        }
    }

    /// The conflict listing a record that could not apply, with the change that would bring it
    /// back: an edit of an item deleted elsewhere re-creates it; an id created twice is made anew.
    private static func refusal(of record: JournalRecord, because error: AccordError) -> Conflict {
        let item = record.change.events.first?.itemID ?? ""
        let fields = record.change.events.flatMap { $0.keysSet ?? [] }
        // The merged state is the same on every replica, whatever language each speaks.
        let reason = Language.$current.withValue(.en) { error.description }
        var conflict = Conflict(id: "\(record.ref):\(item)", kind: .refused, itemID: item, fields: fields, lost: record.ref,
                                lostAt: record.at, lostLabel: record.change.text, winner: nil, reason: reason,
                                take: record.change.events)
        conflict.lostWhat = record.change.what
        return conflict
    }

    /// Drops the conflicts `ids` from the list (taken back or dismissed).
    private mutating func settle(_ ids: [String]) {
        guard !ids.isEmpty else { return }
        let settled = Set(ids)
        conflicts.removeAll { settled.contains($0.id) }
    }
}

extension Ledger {
    /// The fields `change` sets that another replica than `replica` set last: what an undo or
    /// redo would set back over a colleague's change, by item, field and record.
    public func setOverOthers(_ change: Change, replica: String) -> [(itemID: String, field: String, by: RecordRef)] {
        var found: [(itemID: String, field: String, by: RecordRef)] = []
        for event in change.events {
            guard let id = event.fieldSetter, let fields = writers[id] else { continue }
            for key in (event.keysSet ?? fields.keys.sorted()) {
                if let writer = fields[key], writer.replica != replica { found.append((id, key, writer)) }
            }
        }
        return found
    }
}
