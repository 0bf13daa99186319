/// The state together with its undo and redo history.
///
/// Live use and journal replay both go through `apply(_:_:)`, so a replayed
/// ledger equals the live one record for record.
public struct Ledger: Hashable, Sendable {
    /// How many changes the undo stack keeps; older ones can no longer be undone.
    public static let undoDepth = 1_000

    public internal(set) var state: AccordState
    /// Changes that undo the most recent changes, newest last.
    public internal(set) var undoStack: [Change]
    /// Changes that redo the most recently undone changes, newest last.
    public internal(set) var redoStack: [Change]

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

    /// Applies `change` as a record of `kind` and updates the stacks; all or nothing.
    public mutating func apply(_ kind: RecordKind, _ change: Change) throws(AccordError) {
        var newState = state
        let inverse = try Reducer.apply(change, to: &newState)
        state = newState
        switch kind {
        case .change:
            push(inverse, onto: &undoStack)
            redoStack.removeAll()
        case .undo:
            if !undoStack.isEmpty { undoStack.removeLast() }
            push(inverse, onto: &redoStack)
        case .redo:
            if !redoStack.isEmpty { redoStack.removeLast() }
            push(inverse, onto: &undoStack)
        }
    }

    private func push(_ change: Change, onto stack: inout [Change]) {
        stack.append(change)
        if stack.count > Ledger.undoDepth { stack.removeFirst(stack.count - Ledger.undoDepth) }
    }
}
