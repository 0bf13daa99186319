import Foundation

/// The shell around the pure ledger: validates a change, journals it, and
/// only then makes it the current state.
///
/// Every public mutation is all or nothing: when validation or the journal
/// write fails, `state` and the undo history are exactly as before.
public final class Store {
    public private(set) var ledger: Ledger
    /// nil for a memory-only store (tests, previews).
    public let journal: Journal?
    private let now: @Sendable () -> Date
    /// Kept in the same write as each record, under the lock: the cache (none for a memory-only store).
    private let durable: [any Projection]
    /// Told of the committed records once the lock is given back, in the order they subscribed.
    private var projections: [(id: Int, projection: any Projection)] = []
    private var nextSubscriberID = 0
    /// What `followOthers` applied without the lock to write: the durable projections take it in
    /// with the next write (records they already hold are skipped), not anew from the whole ledger.
    private var unkept = News()
    /// The records that arrived with the last reading of the data whole (`reread`): they sort
    /// before records already applied, so subscribers were told `reread` rather than each of them.
    public private(set) var arrivedWithReread: [JournalRecord] = []
    /// The number of the last record of a memory-only store (a journaled store numbers by its journal).
    private var memorySeq = 0

    /// A store whose changes are journaled in `journal`, starting from the replayed `ledger`.
    public init(ledger: Ledger, journal: Journal?, now: @escaping @Sendable () -> Date = CalendarClock.now) {
        self.ledger = ledger
        self.journal = journal
        self.now = now
        durable = journal.map { [CacheProjection(journal: $0)] } ?? []
    }

    /// Opens the data directory at `path` (see `Journal.open`); with `options.scope`, only
    /// the part of the ledger it names when the cache holds it.
    public static func open(directory path: String, _ options: JournalOptions = JournalOptions()) throws(JournalError) -> Store {
        let (journal, ledger) = try Journal.open(directory: path, options)
        return Store(ledger: ledger, journal: journal, now: options.now)
    }

    public var state: AccordState { ledger.state }
    public var canUndo: Bool { !ledger.undoStack.isEmpty }
    public var canRedo: Bool { !ledger.redoStack.isEmpty }
    /// Why nothing can be saved, or nil when changes are saved.
    public var readOnlyReason: ReadOnlyReason? { journal?.readOnlyReason }

    /// Today, in the local time zone: the day ticks are dated with.
    public var today: Day { Day(now(), timeZone: .current) }

    /// Applies and journals a new change; returns it.
    @discardableResult
    public func perform(_ change: Change) throws -> Change {
        try commit(.change) { _ in change }
    }

    /// Undoes the newest change made on this data — here or by another Accord on it; returns
    /// the change that was undone (its label) as applied.
    @discardableResult
    public func undo() throws -> Change {
        try commit(.undo) { ledger in try ledger.pending(.undo) }
    }

    /// Redoes the most recently undone change.
    @discardableResult
    public func redo() throws -> Change {
        try commit(.redo) { ledger in try ledger.pending(.redo) }
    }

    /// Ticks an action as done today; for a recurring action, its first occurrence not done
    /// (the next one stays open).
    @discardableResult
    public func tick(_ id: String) throws -> Change {
        try tick([id], on: nil)
    }

    /// Ticks actions as done on `day` (today when nil) in one change, one undo; for a
    /// recurring action, its first occurrence not done.
    @discardableResult
    public func tick(_ ids: [String], on day: Day?) throws -> Change {
        try commit(.change) { ledger in
            let state = ledger.state
            let targets = ids.map { id in
                guard let series = state.actions[id], series.repeats != nil, let due = series.due else { return id }
                return AccordState.instanceID(of: id, on: due)
            }
            let events = targets.map { Event.actionTicked(id: $0, on: day ?? today) }
            return Change(ChangeLabel(.ticked, title: targets.first.map { state.actionTitle(of: $0) } ?? "",
                                      detail: targets.count > 1 ? String(targets.count) : nil), events: events)
        }
    }

    /// Marks a done action as open again.
    @discardableResult
    public func untick(_ id: String) throws -> Change {
        try commit(.change) { ledger in
            Change(ChangeLabel(.unticked, title: ledger.state.actionTitle(of: id)), events: [.actionUnticked(id: id)])
        }
    }

    /// Writes the cache anew from the ledger now, after reading what others wrote
    /// (`accord journal rebuild`, which opens the store from every journal's start first).
    public func rebuildCache() throws {
        guard let journal else { return }
        var news = News()
        defer { tell(news) }
        try journal.write(frontier: ledger.frontier) { write in
            try catchUp(write.news, &news)
            try journal.writeCacheAnew(ledger)
            unkept = News()
        }
    }

    /// Repairs a damaged journal (see `Journal.repair`): the data is read again under the
    /// lock first, so the repair keeps every good record, whoever wrote it.
    public func repair() throws -> RepairReport {
        guard let journal else { throw JournalError.notDamaged }
        var report: RepairReport?
        try journal.locked(exclusive: true, patience: journal.options.lockPatience) { () throws(JournalError) in
            ledger = try journal.reload()
            report = try journal.repair()
            ledger = try journal.reload()
            journal.catchUpCache(ledger)
            unkept = News()
        }
        tell(News(reread: true))
        return report!
    }

    /// What following the others does, for whoever keeps something derived from `state`.
    public enum Following: Sendable, Equatable {
        /// Nothing new was written.
        case unchanged
        /// This many records written elsewhere were applied (and told to subscribers).
        case applied(Int)
        /// The data was read again whole (another process replaced the journal in a way that
        /// could not be followed record by record); subscribers were told to rebuild.
        case reread
    }

    /// Reads and applies what other processes on this data directory wrote since this store
    /// last looked, telling subscribers of each record (origin `.elsewhere`). Cheap when
    /// nothing changed (one `stat`); takes no lock unless the data must be read again whole.
    /// `keepingCache` (a sync) follows under the lock to write and keeps the cache current with
    /// what was applied, so the next command reads it instead of rebuilding it (read-only
    /// data only follows).
    @discardableResult
    public func followOthers(keepingCache: Bool = false) throws -> Following {
        guard let journal, journal.hasUnreadRecords else { return .unchanged }
        var news = News()
        defer { tell(news) }
        if keepingCache && journal.readOnlyReason == nil {
            try journal.write(frontier: ledger.frontier) { write in
                try catchUp(write.news, &news)
                keepDurable(news)
            }
        } else {
            try catchUp(try journal.readNews(frontier: ledger.frontier), &news)
            unkept.records = news.reread ? [] : unkept.records + news.records
            // Past what the cache would take row by row anyway: it is written anew instead.
            unkept.reread = unkept.reread || news.reread || unkept.records.count > Journal.wholeCacheAbove
            if unkept.reread { unkept.records = [] }
        }
        if news.reread { return .reread }
        return news.records.isEmpty ? .unchanged : .applied(news.records.count)
    }

    /// Keeps `projection` from now on: every record committed — by this store or, read by
    /// `followOthers` and before each change, by another process — is applied to it once the
    /// state has changed and the lock is given back; it is rebuilt when the data was read again
    /// whole. Keep the id to unsubscribe.
    @discardableResult
    public func subscribe(_ projection: any Projection) -> Int {
        nextSubscriberID += 1
        projections.append((nextSubscriberID, projection))
        return nextSubscriberID
    }

    /// Tells `subscriber` of every record committed from now on, and `reread` when the data was
    /// read again whole (a projection made of two closures; see `subscribe(_:)`).
    @discardableResult
    public func subscribe(_ subscriber: @escaping (CommittedRecord) -> Void, reread: (() -> Void)? = nil) -> Int {
        subscribe(RecordListener(tell: { $0.forEach(subscriber) }, reread: reread))
    }

    /// Tells `subscriber` of the records committed from now on, as batches (what one write or
    /// one look at the others committed, oldest first), and `reread` as `subscribe(_:reread:)` does.
    @discardableResult
    public func subscribe(batches subscriber: @escaping ([CommittedRecord]) -> Void, reread: (() -> Void)? = nil) -> Int {
        subscribe(RecordListener(tell: subscriber, reread: reread))
    }

    /// Stops keeping the projection `id`.
    public func unsubscribe(_ id: Int) {
        projections.removeAll { $0.id == id }
    }

    /// What reading the others' records brought, to tell subscribers once the lock is given back.
    private struct News {
        var records: [CommittedRecord] = []
        var reread = false
    }

    /// Merges the records written since this store last read — by other processes of this
    /// replica and by other replicas — in key order; when one sorts before the newest record
    /// already applied (a sync brought older work), everything is replayed again in order.
    private func catchUp(_ found: Journal.News, _ news: inout News) throws(JournalError) {
        guard let journal else { return }
        // A part of the ledger cannot take others' records (they may touch items it lacks).
        if found.needsWholeReplay || found.records.contains(where: { $0.key <= ledger.lastKey })
            || (journal.isPartial && !found.records.isEmpty) {
            let history = !journal.historyOmitted
            ledger = try journal.locked(exclusive: false, patience: journal.options.lockPatience) { () throws(JournalError) in
                try journal.reload(history: history)
            }
            news.reread = true
            arrivedWithReread = found.records.inMergedOrder()
            return
        }
        for record in found.records.inMergedOrder() {
            let mine = record.replica == journal.replica
            switch ledger.merge(record, mine: mine) {
            case .applied(let revert):
                news.records.append(CommittedRecord(record: record, inverse: revert.inverse, origin: .elsewhere))
            case .refused:
                news.records.append(CommittedRecord(record: record, inverse: record.change.describing([]), origin: .elsewhere))
            }
            journal.accept(record)
        }
    }

    func commit(_ kind: RecordKind, settles: [String] = [], _ makeChange: (Ledger) throws -> Change) throws -> Change {
        guard let journal else {
            let change = try makeChange(ledger)
            memorySeq += 1
            let record = JournalRecord(replica: "memory", seq: memorySeq, clock: HybridClock.next(after: ledger.lastKey.clock, now: now()),
                                       at: Timestamp.iso(now()), kind: kind, change: change, settles: settles)
            let revert = try ledger.apply(record, mine: true)
            tell(News(records: [CommittedRecord(record: record, inverse: revert.inverse)]))
            return change
        }
        var news = News()
        // Subscribers hear of the others' records even when this change is refused.
        defer { tell(news) }
        return try journal.write(frontier: ledger.frontier) { write in
            // Under the lock: first what the others wrote, then this change checked against it.
            try catchUp(write.news, &news)
            let change: Change
            let record: JournalRecord
            let revert: Ledger.Revert
            do {
                change = try makeChange(ledger)
                record = write.record(kind, change, settles: settles, after: ledger)
                // In place: copying a large state for every change would cost O(size) per tick.
                revert = try ledger.apply(record, mine: true)
            } catch let refusal as AccordError where !news.records.isEmpty {
                throw AccordError.changedElsewhere(refusal, meanwhile: news.records.map(\.description))
            }
            do {
                try write.append(record)
            } catch {
                ledger.revert(revert)
                throw error
            }
            if journal.wantsRotation {
                try? journal.rotate()
            }
            news.records.append(CommittedRecord(record: record, inverse: revert.inverse))
            keepDurable(news)
            return change
        }
    }

    /// Under the lock to write: the durable projections take in what was committed, after what
    /// was followed without the lock.
    private func keepDurable(_ news: News) {
        let news = unkept.reread || news.reread ? News(records: news.records, reread: true) : News(records: unkept.records + news.records)
        unkept = News()
        for projection in durable {
            if news.reread { projection.rebuild(from: ledger) }
            projection.apply(news.records, to: ledger)
        }
    }

    /// Once the lock is given back: the in-memory projections take in what was committed.
    private func tell(_ news: News) {
        for (_, projection) in projections {
            if news.reread { projection.rebuild(from: ledger) }
            if !news.records.isEmpty { projection.apply(news.records, to: ledger) }
        }
    }
}

extension Store {
    /// The newest records the journal loaded or wrote (oldest first): where "last changes" start.
    public var recentChanges: [RecentChange] { journal?.recent ?? [] }
}
