import Testing
@testable import AccordCore

@Suite struct LedgerTests {
    private func tick(_ id: String) -> Change {
        Change(label: "Ticked \(id)", events: [.actionTicked(id: id, on: Fixtures.day)])
    }

    @Test func undoAndRedoWalkTheHistory() throws {
        var ledger = Ledger(state: Fixtures.small)
        try ledger.apply(.change, tick("a1"))
        #expect(ledger.state.actions["a1"]?.doneOn == Fixtures.day)
        try ledger.apply(.undo, try ledger.pending(.undo))
        #expect(ledger.state.actions["a1"]?.doneOn == nil)
        #expect(ledger.undoStack.isEmpty && ledger.redoStack.count == 1)
        try ledger.apply(.redo, try ledger.pending(.redo))
        #expect(ledger.state.actions["a1"]?.doneOn == Fixtures.day)
        #expect(ledger.undoStack.count == 1 && ledger.redoStack.isEmpty)
    }

    @Test func aNewChangeClearsRedo() throws {
        var ledger = Ledger(state: Fixtures.small)
        try ledger.apply(.change, tick("a1"))
        try ledger.apply(.undo, try ledger.pending(.undo))
        #expect(ledger.redoStack.count == 1)
        try ledger.apply(.change, Change(label: "untick a2", events: [.actionUnticked(id: "a2")]))
        #expect(ledger.redoStack.isEmpty)
        #expect(throws: AccordError.nothingToRedo) { try ledger.pending(.redo) }
    }

    @Test func nothingToUndoOnAFreshLedger() {
        let ledger = Ledger(state: Fixtures.small)
        #expect(throws: AccordError.nothingToUndo) { try ledger.pending(.undo) }
    }

    @Test func aChangeOfSeveralEventsUndoesAsOneUnit() throws {
        var ledger = Ledger(state: Fixtures.small)
        let before = ledger.state
        try ledger.apply(.change, Change(label: "bulk", events: [
            .actionTicked(id: "a1", on: Fixtures.day), .noteSet(id: "a1", note: "ok"), .actionUnticked(id: "a2"),
        ]))
        try ledger.apply(.undo, try ledger.pending(.undo))
        #expect(ledger.state == before)
    }

    @Test func aFailedChangeLeavesStacksAlone() throws {
        var ledger = Ledger(state: Fixtures.small)
        try ledger.apply(.change, tick("a1"))
        let before = ledger
        #expect(throws: AccordError.self) { try ledger.apply(.change, tick("a1")) }
        #expect(ledger == before)
    }

    @Test func theUndoStackIsBounded() throws {
        var ledger = Ledger(state: Fixtures.small)
        for i in 0...(Ledger.undoDepth + Ledger.trimSlack) {
            try ledger.apply(.change, Change(label: "note", events: [.noteSet(id: "a1", note: "n\(i)")]))
        }
        #expect(ledger.undoStack.count == Ledger.undoDepth, "trimmed back to the depth once past it by the slack")
        #expect(ledger.undoStack.last?.events == [.noteSet(id: "a1", note: "n\(Ledger.undoDepth + Ledger.trimSlack - 1)")])
    }
}

@Suite struct DayTests {
    @Test(arguments: ["2024-02-29", "2026-11-22", "0001-01-01", "9999-12-31"])
    func validDaysRoundTrip(text: String) {
        #expect(Day(text)?.description == text)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01", "2024-01-0x", "", "２０２４-01-01", "2024-01-01 "])
    func invalidDaysAreRefused(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func termsAndDistances() {
        #expect(Day("2024-02-29")!.adding(years: 1) == Day("2025-02-28"))
        #expect(Day("2020-06-09")!.days(until: Day("2025-06-09")!) == 1826)
        #expect(Day("2026-11-22")!.days(until: Day("2026-11-21")!) == -1)
    }
}

@Suite struct LedgerRevertTests {
    @Test(arguments: [RecordKind.change, .undo, .redo])
    func revertRestoresTheLedgerExactly(kind: RecordKind) throws {
        var ledger = Ledger(state: Fixtures.small)
        try ledger.apply(.change, Change(label: "a", events: [.actionTicked(id: "a1", on: Fixtures.day)]))
        try ledger.apply(.change, Change(label: "b", events: [.noteSet(id: "a2", note: "x")]))
        try ledger.apply(.undo, try ledger.pending(.undo))
        let before = ledger
        let change = kind == .change ? Change(label: "c", events: [.actionUnticked(id: "a2")]) : try ledger.pending(kind)
        let revert = try ledger.apply(kind, change)
        #expect(ledger != before)
        ledger.revert(revert)
        #expect(ledger == before)
    }

    @Test func revertAfterATrimRestoresTheTrimmedChanges() throws {
        var ledger = Ledger(state: Fixtures.small)
        for i in 0..<(Ledger.undoDepth + Ledger.trimSlack) {
            try ledger.apply(.change, Change(label: "n", events: [.noteSet(id: "a1", note: "n\(i)")]))
        }
        let before = ledger
        let revert = try ledger.apply(.change, Change(label: "n", events: [.noteSet(id: "a1", note: "last")]))
        #expect(ledger.undoStack.count == Ledger.undoDepth)
        ledger.revert(revert)
        #expect(ledger == before)
    }
}
