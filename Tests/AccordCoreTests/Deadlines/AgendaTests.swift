import Testing
@testable import AccordCore

/// Notice and end dates, reminders, and the agenda's sections and weeks.
@Suite struct AgendaTests {
    private let today = Day("2026-12-01")!   // a Tuesday

    private func agreement(signed: String, term: Int, notice: Int? = nil, renewal: Int? = nil) -> Agreement {
        var agreement = Agreement(id: "x", title: "X", signatories: ["a", "b"], signed: Day(signed), termYears: term)
        agreement.noticeMonths = notice
        agreement.renewalYears = renewal
        return agreement
    }

    @Test func noticeIsTheEndLessItsMonthsClampedToTheMonthsEnd() {
        let upec = agreement(signed: "2023-10-09", term: 3, notice: 6)
        #expect(upec.currentEnd(on: today) == Day("2026-10-09"))
        #expect(upec.noticeDate(on: today) == Day("2026-04-09"))
        #expect(agreement(signed: "2024-08-31", term: 2, notice: 6).noticeDate(on: today) == Day("2026-02-28"))
        #expect(agreement(signed: "2024-08-31", term: 2).noticeDate(on: today) == nil)
    }

    @Test func aTacitRenewalRollsTheEndForward() {
        let tacit = agreement(signed: "2020-06-09", term: 5, notice: 6, renewal: 1)
        #expect(tacit.currentEnd(on: today) == Day("2027-06-09"))
        #expect(tacit.noticeDate(on: today) == Day("2026-12-09"))
        var ended = tacit
        ended.status = .ended
        #expect(ended.currentEnd(on: today) == Day("2025-06-09"))
    }

    @Test func renewingStartsANewTermFromTheEnd() {
        let renewed = agreement(signed: "2023-10-09", term: 3).renewed(on: today, years: 4)
        #expect(renewed?.termStart == Day("2026-10-09"))
        #expect(renewed?.endDate == Day("2030-10-09"))
        #expect(renewed?.status == .renewed)
        #expect(agreement(signed: "2023-10-09", term: 3).renewed(on: today)?.endDate == Day("2029-10-09"))
    }

    /// The small fixture's agreement with a notice period, and actions due around `today`.
    private func state() throws -> AccordState {
        var state = Fixtures.small
        var agreement = state.agreements["uni-clu"]!
        agreement.signed = Day("2024-03-15")   // ends 2027-03-15, notice by 2026-12-15
        agreement.noticeMonths = 3
        try Reducer.apply(.agreementUpdated(agreement), to: &state)
        for (id, due) in [("late", "2026-11-20"), ("this-week", "2026-12-06"), ("this-month", "2026-12-21"),
                          ("january", "2027-01-04"), ("far", "2027-06-01")] {
            try Reducer.apply(.actionCreated(Action(id: id, commitmentID: "c-stages", title: id, due: Day(due), rank: state.nextRank)), to: &state)
        }
        try Reducer.apply(.actionCreated(Action(id: "done-late", commitmentID: "c-stages", title: "done",
                                                doneOn: Day("2026-11-01"), due: Day("2026-11-02"), rank: state.nextRank)), to: &state)
        return state
    }

    @Test func deadlinesListOpenItemsNoticeAndEnd() throws {
        let found = try state().deadlines(through: Day("2027-03-31")!, today: today)
        #expect(found.map(\.itemID) == ["late", "this-week", "uni-clu", "this-month", "january", "uni-clu"])
        #expect(found.map(\.kind) == [.action, .action, .notice, .action, .action, .end])
        #expect(found[2].day == Day("2026-12-15"))
        #expect(found[2].remindFrom == Day("2026-11-15"))
        #expect(found[5].remindFrom == Day("2026-12-15"))
        // Out of the window, the end is still listed once its reminders have started.
        let soon = try state().deadlines(through: today.adding(days: 7), today: Day("2026-12-20")!)
        #expect(soon.contains { $0.kind == .end })
        #expect(!soon.contains { $0.kind == .notice }, "the notice date has passed")
    }

    @Test func theAgendaGroupsBySectionThenWeek() throws {
        let agenda = Agenda(state: try state(), today: today)
        #expect(agenda.sections.map(\.period) == [.overdue, .thisWeek, .thisMonth, .nextThreeMonths])
        #expect(agenda.count(.overdue) == 1)
        #expect(agenda.count(.thisWeek) == 1)
        let month = agenda.sections[2]
        #expect(month.weeks.map(\.monday) == [Day("2026-12-14")!, Day("2026-12-21")!])
        #expect(month.weeks[0].deadlines.map(\.kind) == [.notice])
        let later = agenda.sections[3]
        #expect(later.weeks.map(\.monday) == [Day("2027-01-04")!])
        #expect(!agenda.deadlines.contains { $0.itemID == "far" || $0.kind == .end }, "past the three months")
        // The overview's counts, made without sorting, say the same.
        let counts = Agenda.counts(of: try state(), today: today)
        #expect(Agenda.Period.allCases.allSatisfy { counts[$0, default: 0] == agenda.count($0) })
    }

    @Test func recurringCommitmentsAndActionsAppearOnEachOccurrence() throws {
        var state = try state()
        var board = state.commitments["c-stages"]!
        board.repeats = Recurrence(text: "every 1 month from 2026-01-31")
        try Reducer.apply(.commitmentUpdated(board), to: &state)
        let occurrences = state.deadlines(through: Day("2027-03-01")!, today: today).filter { $0.kind == .commitment }.map(\.day)
        #expect(occurrences == [Day("2026-12-31")!, Day("2027-01-31")!, Day("2027-02-28")!])
        #expect(!state.isOverdue(commitment: "c-stages", today: today), "a recurring commitment is never late as a whole")
    }
}
