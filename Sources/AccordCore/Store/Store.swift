import Foundation

/// The shell around the pure ledger: validates a change, journals it, and
/// only then makes it the current state.
///
/// Every public mutation is all or nothing: when validation or the journal
/// write fails, `state` and the undo history are exactly as before.
public final class Store {
    public private(set) var ledger: Ledger
    /// nil for a memory-only store (tests, previews). Replaced when `retryLock` takes over
    /// data another Accord had open.
    public private(set) var journal: Journal?
    private let now: @Sendable () -> Date
    /// Told of every committed record, in the order they subscribed.
    private var subscribers: [(id: Int, tell: (CommittedRecord) -> Void)] = []
    private var nextSubscriberID = 0
    /// The number of the last record of a memory-only store (a journaled store numbers by its journal).
    private var memorySeq = 0

    /// A store whose changes are journaled in `journal`, starting from the replayed `ledger`.
    public init(ledger: Ledger, journal: Journal?, now: @escaping @Sendable () -> Date = { Date() }) {
        self.ledger = ledger
        self.journal = journal
        self.now = now
    }

    /// Opens the data directory at `path` (see `Journal.open`).
    public static func open(directory path: String, readOnly: Bool = false, history: Bool = true,
                            fileSystem: FileSystem = PosixFileSystem(),
                            now: @escaping @Sendable () -> Date = { Date() }) throws(JournalError) -> Store {
        let (journal, ledger) = try Journal.open(DataLayout(directory: path), fileSystem: fileSystem, readOnly: readOnly,
                                                 history: history, now: now)
        return Store(ledger: ledger, journal: journal, now: now)
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
        try commit(.change, change)
    }

    /// Undoes the newest change; returns the change that was undone (its label) as applied.
    @discardableResult
    public func undo() throws -> Change {
        try commit(.undo, try ledger.pending(.undo))
    }

    /// Redoes the most recently undone change.
    @discardableResult
    public func redo() throws -> Change {
        try commit(.redo, try ledger.pending(.redo))
    }

    /// Ticks an action as done today.
    @discardableResult
    public func tick(_ id: String) throws -> Change {
        let title = state.actions[id]?.title ?? id
        return try perform(Change(label: "Ticked '\(title)'", events: [.actionTicked(id: id, on: today)]))
    }

    /// Marks a done action as open again.
    @discardableResult
    public func untick(_ id: String) throws -> Change {
        let title = state.actions[id]?.title ?? id
        return try perform(Change(label: "Unticked '\(title)'", events: [.actionUnticked(id: id)]))
    }

    /// Folds the journal into a snapshot now.
    public func compact() throws {
        guard let journal else { return }
        try journal.compact(ledger)
    }

    /// Repairs a damaged journal (see `Journal.repair`).
    public func repair() throws -> RepairReport {
        guard let journal else { throw JournalError.notDamaged }
        return try journal.repair(ledger)
    }

    /// When the data was read-only because another Accord held it: tries to take the lock
    /// again and, once it is free, reads the data afresh (the other one may have changed it)
    /// and becomes writable. Returns true when the data was read again — whoever keeps
    /// something derived from `state` must then rebuild it.
    public func retryLock() -> Bool {
        guard let journal, case .lockedBy? = journal.readOnlyReason else { return false }
        guard let (fresh, ledger) = try? Journal.open(journal.layout, fileSystem: journal.fileSystem, now: now),
              fresh.holdsLock else { return false }
        self.journal = fresh
        self.ledger = ledger
        return true
    }

    /// Tells `subscriber` of every record committed from now on, after the state has changed
    /// (so `state` is the new one). Keep the id to unsubscribe.
    @discardableResult
    public func subscribe(_ subscriber: @escaping (CommittedRecord) -> Void) -> Int {
        nextSubscriberID += 1
        subscribers.append((nextSubscriberID, subscriber))
        return nextSubscriberID
    }

    /// Stops telling the subscriber `id`.
    public func unsubscribe(_ id: Int) {
        subscribers.removeAll { $0.id == id }
    }

    private func commit(_ kind: RecordKind, _ change: Change) throws -> Change {
        // In place: copying a large state for every change would cost O(size) per tick. An invalid
        // change throws here; a read-only or failed journal throws from `append`, and is reverted.
        let revert = try ledger.apply(kind, change)
        let record: JournalRecord
        if let journal {
            do {
                record = try journal.append(kind, change)
            } catch {
                ledger.revert(revert)
                throw error
            }
        } else {
            memorySeq += 1
            record = JournalRecord(seq: memorySeq, at: Timestamp.iso(now()), kind: kind, change: change)
        }
        if let journal, journal.wantsCompaction {
            try? journal.compact(ledger)
        }
        let committed = CommittedRecord(record: record, inverse: revert.inverse)
        for subscriber in subscribers { subscriber.tell(committed) }
        return change
    }
}

extension Store {
    /// The newest records the journal loaded or wrote (oldest first): where "last changes" start.
    public var recentChanges: [RecentChange] { journal?.recent ?? [] }
}
