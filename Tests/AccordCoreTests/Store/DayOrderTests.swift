import Testing
@testable import AccordCore

/// A day is one packed number: it must still order and print like year, month and day.
@Suite struct DayOrderTests {
    @Test func daysOrderLikeTheirYearMonthAndDay() {
        var random = SplitMix64(seed: 5)
        let days = (0..<500).map { _ in
            Day(year: 1 + Int(random.next() % 9999), month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!
        }
        for (a, b) in zip(days, days.dropFirst()) {
            #expect((a < b) == ((a.year, a.month, a.day) < (b.year, b.month, b.day)))
            #expect(Day("\(a)") == a)
        }
        #expect(Day(year: 9999, month: 12, day: 31)!.description == "9999-12-31")
        #expect(Day(year: 1, month: 1, day: 1)! < Day(year: 1, month: 1, day: 2)!)
    }
}
