import Testing
@testable import AccordCore

/// Dates as people type them, in both languages, across a year's end.
@Suite struct DateInputTests {
    /// Monday 2026-12-07 (the session's day) and Wednesday 2026-12-30 (two days before a new year).
    let monday = Day("2026-12-07")!
    let yearEnd = Day("2026-12-30")!

    private func read(_ text: String, _ today: Day, _ direction: DateInput.Direction = .forward) -> String? {
        DateInput.day(text, today: today, direction: direction)?.description
    }

    @Test func writtenInFull() {
        #expect(read("2026-12-31", monday) == "2026-12-31")
        #expect(read("2026-1-5", monday) == "2026-01-05")
        #expect(read("31/12/2026", monday) == "2026-12-31")
        #expect(read("31.12.2026", monday) == "2026-12-31")
        #expect(read("31-12-2026", monday) == "2026-12-31")
        #expect(read("5/1/27", monday) == "2027-01-05", "day before month, always; a two-digit year is this century's")
        #expect(read(" 1/2/2027 ", monday) == "2027-02-01")
        #expect(read("9 oct. 2023", monday) == "2023-10-09", "as the French screens write dates")
        #expect(read("1er mai 2027", monday) == "2027-05-01")
        #expect(read("31 Dec 2026", monday) == "2026-12-31")
        #expect(read("31 décembre 2026", monday) == "2026-12-31")
    }

    @Test func dayAndMonthAloneAreTheNearestInTheFieldsDirection() {
        // A due date points forward: 2/1 typed on 30 December is next year's.
        #expect(read("2/1", yearEnd, .forward) == "2027-01-02")
        #expect(read("31/12", yearEnd, .forward) == "2026-12-31")
        #expect(read("30/12", yearEnd, .forward) == "2026-12-30", "today counts")
        // A done date points back: 31/12 typed on 2 January is last year's.
        let newYear = Day("2027-01-02")!
        #expect(read("31/12", newYear, .back) == "2026-12-31")
        #expect(read("2/1", newYear, .back) == "2027-01-02")
        #expect(read("3/1", newYear, .back) == "2026-01-03")
        #expect(read("29/2", monday, .forward) == "2028-02-29", "29 February waits for a leap year")
        #expect(read("31/4", monday) == nil, "April has no 31st")
        #expect(read("25 déc.", newYear, .back) == "2026-12-25")
    }

    @Test func wordsInBothLanguages() {
        for today in ["today", "Today", "aujourd'hui", "aujourd’hui", "Aujourd’hui", "auj"] {
            #expect(read(today, yearEnd) == "2026-12-30", "\(today)")
        }
        #expect(read("tomorrow", yearEnd) == "2026-12-31")
        #expect(read("demain", yearEnd) == "2026-12-31")
        #expect(read("après-demain", yearEnd) == "2027-01-01")
        #expect(read("yesterday", yearEnd, .back) == "2026-12-29")
        #expect(read("hier", yearEnd, .back) == "2026-12-29")
    }

    @Test func offsets() {
        #expect(read("+7d", yearEnd) == "2027-01-06")
        #expect(read("+7j", yearEnd) == "2027-01-06")
        #expect(read("+2w", yearEnd) == "2027-01-13")
        #expect(read("+2s", yearEnd) == "2027-01-13")
        #expect(read("+2 semaines", yearEnd) == "2027-01-13")
        #expect(read("+1m", Day("2027-01-31")!) == "2027-02-28", "a month later, clamped to the month's end")
        #expect(read("-3j", yearEnd, .back) == "2026-12-27")
        #expect(read("+3", yearEnd) == "2027-01-02", "days when no unit is given")
        #expect(read("+99999d", yearEnd) == nil, "more than four digits is not a date")
        #expect(read("+7x", yearEnd) == nil)
    }

    @Test func weekdaysAreTheNextOneStrictlyAfterToday() {
        // 2026-12-07 is a Monday.
        #expect(read("monday", monday) == "2026-12-14", "strictly after: next week's Monday")
        #expect(read("lundi", monday) == "2026-12-14")
        #expect(read("friday", monday) == "2026-12-11")
        #expect(read("vendredi", monday) == "2026-12-11")
        #expect(read("ven", monday) == "2026-12-11")
        #expect(read("Dimanche", monday) == "2026-12-13")
        // Across the year's end: Wednesday 30 December, "friday" is New Year's Day.
        #expect(read("friday", yearEnd) == "2027-01-01")
        // A done date points back: the last one strictly before.
        #expect(read("friday", monday, .back) == "2026-12-04")
        #expect(read("lundi", monday, .back) == "2026-11-30")
    }

    @Test func nonsenseIsRefused() {
        for text in ["", "31/13/2026", "32/1/2026", "2026-02-30", "12/31/2026", "31/12/20266", "1/2/3/4", "soon", "bientôt",
                     "31//12", "2026--12-31", "+", "++7d", "31/12/2026/", "1er", "31 brumaire 2026", "٣١/١٢/٢٠٢٦"] {
            #expect(read(text, monday) == nil, "\(text)")
        }
    }

    @Test func formsAndFlagsReadTheSameDates() throws {
        let state = Fixtures.small
        var draft = try #require(ItemDraft(editing: "a1", in: state))
        draft[.due] = "31/12"
        draft[.done] = "hier"
        guard case .actionUpdated(let action, _) = try draft.event(in: state, today: yearEnd) else {
            Issue.record("not an update")
            return
        }
        #expect(action.due == Day("2026-12-31") && action.doneOn == Day("2026-12-29"))
        draft[.done] = "demain"
        #expect(throws: FieldError.self, "done tomorrow is in the future") { try draft.event(in: state, today: yearEnd) }
        draft[.done] = "31/12/2026 ou après"
        let error = #expect(throws: FieldError.self) { try draft.event(in: state, today: yearEnd) }
        #expect(error?.message.contains("31/12/2026, 2026-12-31, today, tomorrow, +7d, +2w or a weekday") == true)
    }
}
