/// The state together with its undo and redo history.
///
/// Live use and journal replay both go through `apply(_:_:)`, so a replayed
/// ledger equals the live one record for record.
public struct Ledger: Hashable, Sendable {
    /// How many changes the undo stack keeps at least; older ones can no longer be undone.
    public static let undoDepth = 1_000
    /// The stacks are trimmed back to `undoDepth` once they pass it by this much:
    /// trimming one at a time would shift the whole array on every change.
    public static let trimSlack = 256

    public internal(set) var state: AccordState
    /// Changes that undo the most recent changes, newest last.
    public internal(set) var undoStack: [Change]
    /// Changes that redo the most recently undone changes, newest last.
    public internal(set) var redoStack: [Change]
    /// The newest record applied, in merged order (see `merge`).
    public internal(set) var lastKey = RecordKey.origin
    /// The last record applied of each replica (by number: each replica's records apply in order).
    public internal(set) var frontier: [String: Int] = [:]
    /// What merging replicas overwrote or refused, in merged order, until taken or dismissed.
    public internal(set) var conflicts: [Conflict] = []
    /// For each item, the record that set each of its fields last (updates, ticks, notes).
    var writers: [String: [String: RecordRef]] = [:]
    /// For each deleted item, the creation that makes it again as it last was: what `take`
    /// re-creates it from when a change of it was left out because it was gone (a note written
    /// while a colleague deleted the action). Made again by a creation of the same id.
    public internal(set) var tombstones: [String: Event] = [:]
    /// What the records say of each replica's clock (see `ReplicaClock`).
    public internal(set) var clocks: [String: ReplicaClock] = [:]

    /// The replicas whose clock was found ahead by more than `ReplicaClock.allowedDrift`.
    public var clocksAhead: [ReplicaClock] { clocks.values.filter { $0.ahead > 0 }.sorted { $0.replica < $1.replica } }

    /// The record that last set `field` (a journal key: `links`, `title` …) of the item `id`;
    /// nil when none is known.
    public func lastWriter(of id: String, field: String) -> RecordRef? { writers[id]?[field] }

    public init(state: AccordState = .withBuiltInCategories, undoStack: [Change] = [], redoStack: [Change] = []) {
        self.state = state
        self.undoStack = undoStack
        self.redoStack = redoStack
    }

    /// The change `kind` would apply next: the new change itself, or the top of a stack.
    public func pending(_ kind: RecordKind, newChange: Change? = nil) throws(AccordError) -> Change {
        switch kind {
        case .change:
            guard let newChange else { throw .emptyChange }
            return newChange
        case .undo:
            guard let top = undoStack.last else { throw .nothingToUndo }
            return top
        case .redo:
            guard let top = redoStack.last else { throw .nothingToRedo }
            return top
        }
    }

    /// Applies `change` as a record of `kind` and updates the stacks; all or
    /// nothing, in place. Returns what `revert` needs to take it back.
    @discardableResult
    public mutating func apply(_ kind: RecordKind, _ change: Change) throws(AccordError) -> Revert {
        let rankBefore = state.nextRank
        let inverse = try Reducer.apply(change, to: &state)
        var revert = Revert(kind: kind, nextRank: rankBefore, inverse: inverse)
        switch kind {
        case .change:
            revert.trimmed = Self.push(inverse, onto: &undoStack)
            revert.clearedRedo = redoStack
            redoStack = []
        case .undo:
            revert.popped = undoStack.popLast()
            revert.trimmed = Self.push(inverse, onto: &redoStack)
        case .redo:
            revert.popped = redoStack.popLast()
            revert.trimmed = Self.push(inverse, onto: &undoStack)
        }
        return revert
    }

    /// What takes an applied record back. It keeps only what the record
    /// removed (never a copy of a whole stack, which would make every push copy it).
    public struct Revert: Sendable {
        /// nil for another replica's record (the stacks did not move).
        let kind: RecordKind?
        let nextRank: Int
        public let inverse: Change
        var popped: Change?
        var clearedRedo: [Change] = []
        var trimmed: [Change] = []
        /// The merge bookkeeping as it was before (set by `apply(_:mine:)`).
        var marks: MergeMarks?

        struct MergeMarks: Sendable {
            var lastKey: RecordKey
            var frontierSeq: Int?
            var conflicts: [Conflict]
            var writers: [String: [String: RecordRef]?]
            var tombstones: [String: Event?]
            var clocks: [String: ReplicaClock?]
            var replica: String
        }

        init(kind: RecordKind?, nextRank: Int, inverse: Change) {
            self.kind = kind
            self.nextRank = nextRank
            self.inverse = inverse
        }
    }

    /// Takes back the record `apply` just applied (when the journal could not write it).
    public mutating func revert(_ revert: Revert) {
        if !revert.inverse.events.isEmpty { _ = try? Reducer.apply(revert.inverse, to: &state) }
        state.nextRank = revert.nextRank
        if let marks = revert.marks {
            lastKey = marks.lastKey
            frontier[marks.replica] = marks.frontierSeq
            conflicts = marks.conflicts
            for (id, fields) in marks.writers { writers[id] = fields }
            for (id, tombstone) in marks.tombstones { tombstones[id] = tombstone }
            for (replica, clock) in marks.clocks { clocks[replica] = clock }
        }
        switch revert.kind {
        case nil:
            break
        case .change:
            undoStack.removeLast()
            undoStack.insert(contentsOf: revert.trimmed, at: 0)
            redoStack = revert.clearedRedo
        case .undo:
            redoStack.removeLast()
            redoStack.insert(contentsOf: revert.trimmed, at: 0)
            if let popped = revert.popped { undoStack.append(popped) }
        case .redo:
            undoStack.removeLast()
            undoStack.insert(contentsOf: revert.trimmed, at: 0)
            if let popped = revert.popped { redoStack.append(popped) }
        }
    }

    /// Pushes `change`; returns the oldest entries trimmed off to keep the stack bounded.
    private static func push(_ change: Change, onto stack: inout [Change]) -> [Change] {
        stack.append(change)
        guard stack.count > Ledger.undoDepth + Ledger.trimSlack else { return [] }
        let excess = stack.count - Ledger.undoDepth
        let trimmed = Array(stack.prefix(excess))
        stack.removeFirst(excess)
        return trimmed
    }
}
