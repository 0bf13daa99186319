import Foundation
import Testing
@testable import AccordCore

/// Recurring actions: occurrences ticked one at a time, ids made of the rule's date, undo.
@Suite struct SeriesTests {
    /// The small fixture with a yearly report due on 30 June from 2025.
    private func withYearlyReport() throws -> AccordState {
        var state = Fixtures.small
        var report = Action(id: "report", commitmentID: "c-stages", title: "Rapport annuel", rank: state.nextRank)
        report.repeats = Recurrence(text: "every 1 year from 2025-06-30")
        try Reducer.apply(.actionCreated(report), to: &state)
        return state
    }

    @Test func aSeriesIsDueOnItsFirstOpenOccurrence() throws {
        let state = try withYearlyReport()
        #expect(state.actions["report"]?.due == Day("2025-06-30"))
        #expect(state.actions["report"]?.isDone == false)
        #expect(state.actions["report"]?.isOverdue(on: Fixtures.day) == true)
    }

    @Test func tickingAnOccurrenceLeavesTheNextOpen() throws {
        var state = try withYearlyReport()
        let inverse = try Reducer.apply(.actionTicked(id: "report-2025-06-30", on: Fixtures.day), to: &state)
        #expect(state.actions["report-2025-06-30"]?.doneOn == Fixtures.day)
        #expect(state.actions["report-2025-06-30"]?.seriesID == "report")
        #expect(state.actions["report"]?.due == Day("2026-06-30"))
        #expect(state.actions["report"]?.isDone == false)
        #expect(state.progress(ofCommitment: "c-stages") == Progress(done: 2, total: 4))
        // Undo makes it virtual again: the state is the one before.
        try Reducer.apply(inverse, to: &state)
        #expect(state == (try withYearlyReport()))
    }

    @Test func ticksOfTheSeriesGoToItsFirstOpenOccurrenceThroughTheStore() throws {
        let store = Store(ledger: Ledger(state: try withYearlyReport()), journal: nil,
                          now: { Date(timeIntervalSince1970: 1_773_489_600) })   // 2026-03-14 at noon, UTC
        try store.tick("report")
        try store.tick("report")
        #expect(store.state.actions["report-2025-06-30"]?.isDone == true)
        #expect(store.state.actions["report-2026-06-30"]?.isDone == true)
        #expect(store.state.actions["report"]?.due == Day("2027-06-30"))
        try store.undo()
        #expect(store.state.actions["report-2026-06-30"] == nil)
        #expect(store.state.actions["report"]?.due == Day("2026-06-30"))
    }

    @Test func untickingAnOccurrenceReopensIt() throws {
        var state = try withYearlyReport()
        try Reducer.apply(.actionTicked(id: "report-2026-06-30", on: Fixtures.day), to: &state)
        #expect(state.actions["report"]?.due == Day("2025-06-30"), "the first open one is still 2025")
        let inverse = try Reducer.apply(.actionUnticked(id: "report-2026-06-30"), to: &state)
        #expect(state == (try withYearlyReport()))
        try Reducer.apply(inverse, to: &state)
        #expect(state.actions["report-2026-06-30"]?.doneOn == Fixtures.day)
    }

    @Test func aDayOffTheRuleOrAnUnknownSeriesIsNoOccurrence() throws {
        var state = try withYearlyReport()
        for id in ["report-2025-07-01", "nothing-2025-06-30", "report-2025-06-3x", "a1-2025-06-30"] {
            #expect(throws: AccordError.unknownID(id, expected: .action)) {
                try Reducer.apply(.actionTicked(id: id, on: Fixtures.day), to: &state)
            }
        }
        #expect(throws: AccordError.recurringTick(action: "report", next: "report-2025-06-30")) {
            try Reducer.apply(.actionTicked(id: "report", on: Fixtures.day), to: &state)
        }
    }

    @Test func aBoundedSeriesHasNoDueDayOnceItsLastOccurrenceIsDone() throws {
        var state = try withYearlyReport()
        var report = state.actions["report"]!
        report.repeats = Recurrence(text: "every 1 year from 2025-06-30 until 2026-06-30")
        try Reducer.apply(.actionUpdated(report, fields: ["repeats"]), to: &state)
        try Reducer.apply(.actionTicked(id: "report-2025-06-30", on: Day("2025-07-01")!), to: &state)
        try Reducer.apply(.actionTicked(id: "report-2026-06-30", on: Day("2026-07-02")!), to: &state)
        #expect(state.actions["report"]?.due == nil)
        #expect(state.actions["report"]?.isDone == false, "a series is never done itself: its occurrences are")
        #expect(state.doneOccurrences(of: state.actions["report"]!).compactMap(\.doneOn) == [Day("2025-07-01")!, Day("2026-07-02")!])
    }

    @Test func twoCopiesTickingTheSameOccurrenceAgree() throws {
        var here = try withYearlyReport(), there = try withYearlyReport()
        let ids = [here, there].map { $0.deadlines(through: Day("2027-12-31")!, today: Fixtures.day).map(\.itemID) }
        #expect(ids[0] == ids[1])
        #expect(ids[0].contains("report-2025-06-30") && ids[0].contains("report-2027-06-30"))
        try Reducer.apply(.actionTicked(id: "report-2026-06-30", on: Fixtures.day), to: &here)
        try Reducer.apply(.actionTicked(id: "report-2026-06-30", on: Fixtures.day), to: &there)
        #expect(here == there)
    }

    @Test func anOccurrenceEditedOpenWithoutADayIsNoDoneOccurrence() throws {
        var state = try withYearlyReport()
        try Reducer.apply(.actionTicked(id: "report-2025-06-30", on: Fixtures.day), to: &state)
        var occurrence = state.actions["report-2025-06-30"]!
        occurrence.doneOn = nil
        occurrence.due = nil
        try Reducer.apply(.actionUpdated(occurrence, fields: ["doneOn", "due"]), to: &state)
        #expect(state.doneOccurrences(of: state.actions["report"]!).isEmpty)
        let calendar = CalendarWriter(stamp: Date(timeIntervalSince1970: 0), today: Fixtures.day).calendar(of: state)
        #expect(calendar.contains("UID:report@accord"))
    }

    @Test func aSeriesIdLeavesRoomForTheDate() throws {
        var state = Fixtures.small
        var long = Action(id: String(repeating: "a", count: 54), commitmentID: "c-stages", title: "Long", rank: 99)
        long.repeats = Recurrence(text: "every 1 month from 2026-01-01")
        #expect(throws: AccordError.self) { try Reducer.apply(.actionCreated(long), to: &state) }
        long.id = String(repeating: "a", count: 53)
        try Reducer.apply(.actionCreated(long), to: &state)
        #expect(ItemID.isValid(AccordState.instanceID(of: long.id, on: Day("2026-01-01")!)))
    }
}
