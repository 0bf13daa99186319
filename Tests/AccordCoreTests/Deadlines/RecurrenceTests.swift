import Foundation
import Testing
@testable import AccordCore

/// The date rules of recurring items: month ends, leap years, 29 February, weeks.
@Suite struct RecurrenceTests {
    private func rule(_ text: String) -> Recurrence { Recurrence(text: text)! }
    private func days(_ texts: String...) -> [Day] { texts.map { Day($0)! } }

    @Test func monthlyFromJanuaryThirtyFirstFallsOnEachMonthsLastDayAndBack() {
        let monthly = rule("every 1 month from 2024-01-31")
        #expect(monthly.occurrences(from: Day("2024-01-01")!, through: Day("2024-05-31")!)
                == days("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31"))
        #expect(rule("every 1 month from 2023-01-31").occurrence(1) == Day("2023-02-28"))
    }

    @Test func yearlyOnTwentyNinthOfFebruaryFallsOnTheTwentyEighthInCommonYears() {
        let yearly = rule("every 1 year from 2024-02-29")
        #expect(yearly.occurrences(from: Day("2024-01-01")!, through: Day("2029-01-01")!)
                == days("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"))
        #expect(yearly.occurs(on: Day("2028-02-29")!))
        #expect(!yearly.occurs(on: Day("2028-02-28")!))
    }

    @Test func centuriesFollowTheGregorianLeapRule() {
        #expect(Day("2100-02-28")!.adding(days: 1) == Day("2100-03-01"))
        #expect(Day("2000-02-28")!.adding(days: 1) == Day("2000-02-29"))
        #expect(rule("every 1 year from 2096-02-29").occurrence(4) == Day("2100-02-28"))
        #expect(rule("every 4 years from 2096-02-29").occurrence(1) == Day("2100-02-28"))
    }

    @Test func everySixMonthsAndEveryTwoWeeks() {
        #expect(rule("every 6 months from 2025-08-31").occurrences(from: Day("2025-01-01")!, through: Day("2027-01-01")!)
                == days("2025-08-31", "2026-02-28", "2026-08-31"))
        #expect(rule("every 2 weeks from 2026-12-28").occurrences(from: Day("2027-01-01")!, through: Day("2027-02-01")!)
                == days("2027-01-11", "2027-01-25"))
    }

    @Test func untilEndsTheOccurrences() {
        let bounded = rule("every 1 year from 2024-06-30 until 2026-06-30")
        #expect(bounded.occurrence(2) == Day("2026-06-30"))
        #expect(bounded.occurrence(3) == nil)
        #expect(bounded.occurrences(from: Day("2020-01-01")!, through: Day("2030-01-01")!).count == 3)
    }

    @Test func firstIndexOnOrAfterADayFindsTheNextOccurrence() {
        let yearly = rule("every 1 year from 2020-10-15")
        #expect(yearly.occurrence(yearly.firstIndex(onOrAfter: Day("2026-10-15")!)) == Day("2026-10-15"))
        #expect(yearly.occurrence(yearly.firstIndex(onOrAfter: Day("2026-10-16")!)) == Day("2027-10-15"))
        #expect(yearly.firstIndex(onOrAfter: Day("2019-01-01")!) == 0)
    }

    @Test func theWrittenFormReadsBackAndNonsenseIsRefused() {
        for text in ["every 1 year from 2024-02-29", "every 6 months from 2025-08-31",
                     "every 2 weeks from 2026-12-28 until 2027-12-31"] {
            #expect(Recurrence(text: text)?.text == text)
        }
        for bad in ["", "yearly", "every 0 years from 2024-01-01", "every 1 fortnight from 2024-01-01",
                    "every 1 year from 2024-02-30", "every 1 year from 2024-01-01 until 2023-01-01",
                    "every 121 months from 2024-01-01", "every 1 year from 2024-01-01 till 2025-01-01"] {
            #expect(Recurrence(text: bad) == nil, "\(bad)")
        }
    }

    @Test func mondaysAndDayArithmetic() {
        #expect(Day("2026-12-01")!.monday == Day("2026-11-30"))   // a Tuesday
        #expect(Day("2026-11-30")!.monday == Day("2026-11-30"))
        #expect(Day("2027-01-03")!.monday == Day("2026-12-28"))   // a Sunday, across the year's end
        #expect(Day("2024-03-31")!.adding(months: -1) == Day("2024-02-29"))
        #expect(Day("2024-01-15")!.adding(months: -13) == Day("2022-12-15"))
        var day = Day("1999-12-25")!
        for step in 0..<4000 {
            let next = day.adding(days: 1)
            #expect(day.days(until: next) == 1, "\(day) at \(step)")
            day = next
        }
    }

    @Test func aDayReadFromAnInstantDependsOnTheTimeZoneAtMidnight() {
        // 23:30 in UTC on 31 December is already 1 January in Paris and still 31 December in New York.
        let instant = Date(timeIntervalSince1970: 1_798_759_800)   // 2026-12-31T23:30:00Z
        #expect(Day(instant) == Day("2026-12-31"))
        #expect(Day(instant, timeZone: TimeZone(identifier: "Europe/Paris")!) == Day("2027-01-01"))
        #expect(Day(instant, timeZone: TimeZone(identifier: "America/New_York")!) == Day("2026-12-31"))
    }
}
