import Foundation

/// A calendar day without time or time zone, written `YYYY-MM-DD`.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// year << 9 | month << 5 | day: four bytes (a snapshot holds two days per action),
    /// and the numbers order like the days.
    private let packed: UInt32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// Creates a day, or nil when the date does not exist (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Parses `YYYY-MM-DD`; nil for anything else (reads the UTF-8 bytes directly: snapshots hold many dates).
    public init?(_ text: String) {
        var text = text
        let parsed: (Int, Int, Int)? = text.withUTF8 { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }
        guard let (y, m, d) = parsed else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day an instant falls on in `timeZone` (UTC unless told).
    public init(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// `YYYY-MM-DD` (written digit by digit: overviews and snapshots write many dates).
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, digits: Int, at start: Int) {
                var value = value
                for offset in (0..<digits).reversed() {
                    buffer[start + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, digits: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, digits: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, digits: 2, at: 8)
            return 10
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.packed < rhs.packed
    }

    /// The same day `years` later; 29 February becomes 28 February in a common year. Days are
    /// kept within the years 1 to 9999 (a value from elsewhere can never make the sum trap).
    public func adding(years: Int) -> Day {
        let y = Self.clampedYear(year, plus: years)
        return Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))!
    }

    /// The same day `months` later (or earlier when negative), clamped to the month's last day:
    /// 31 January plus one month is 28 or 29 February.
    public func adding(months: Int) -> Day {
        let span = Self.years.upperBound * 12
        let total = year * 12 + (month - 1) + min(max(months, -span), span)
        let clamped = min(max(total, 12), Self.years.upperBound * 12 + 11)
        let y = clamped / 12, m = clamped % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    /// The day `days` later (or earlier when negative).
    public func adding(days: Int) -> Day {
        let span = Self.years.upperBound * 366
        return Day(ordinal: min(max(ordinal + min(max(days, -span), span), Self.first.ordinal), Self.last.ordinal))
    }

    /// The years a day can be in.
    static let years = 1...9999
    private static let first = Day(year: 1, month: 1, day: 1)!
    private static let last = Day(year: 9999, month: 12, day: 31)!

    private static func clampedYear(_ year: Int, plus years: Int) -> Int {
        let (sum, overflow) = year.addingReportingOverflow(years)
        return overflow ? (years < 0 ? Self.years.lowerBound : Self.years.upperBound) : min(max(sum, Self.years.lowerBound), Self.years.upperBound)
    }

    /// The Monday of this day's week (weeks start on Monday, as ISO 8601 has them).
    public var monday: Day {
        // 0000-03-01 was a Wednesday: ordinal 0 is weekday 2 counting Monday as 0.
        adding(days: -((ordinal + 2) % 7))
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int {
        other.ordinal - ordinal
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar.
    private var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// The day `ordinal` days after 0000-03-01 (the inverse of `ordinal`).
    private init(ordinal: Int) {
        let era = ordinal / 146_097
        let dayOfEra = ordinal - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)!
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a date (YYYY-MM-DD)")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
