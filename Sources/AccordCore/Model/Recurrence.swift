/// How an item recurs: every `every` weeks, months or years from `start`, until `until` if given.
///
/// Written in files as `every 1 year from 2026-06-30` (optionally `until 2030-06-09`).
/// Occurrence n is `start` plus n periods, computed from `start` each time (never from the
/// occurrence before): a monthly rule from 31 January falls on 29 February in a leap year,
/// then on 31 March; a yearly rule from 29 February falls on 28 February in common years.
public struct Recurrence: Hashable, Sendable {
    /// The length of one period.
    public enum Unit: String, CaseIterable, Hashable, Sendable {
        case week, month, year
    }

    /// How many units between two occurrences (1 to 120).
    public var every: Int
    public var unit: Unit
    /// The first occurrence.
    public var start: Day
    /// The last day an occurrence may fall on; nil for no end.
    public var until: Day?

    /// The largest `every` accepted (ten years of months).
    public static let maximumEvery = 120

    public init?(every: Int, unit: Unit, start: Day, until: Day? = nil) {
        guard (1...Self.maximumEvery).contains(every), until.map({ $0 >= start }) ?? true else { return nil }
        self.every = every
        self.unit = unit
        self.start = start
        self.until = until
    }

    /// Reads the written form `every N unit(s) from YYYY-MM-DD [until YYYY-MM-DD]`; nil for anything else.
    public init?(text: String) {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 5 || words.count == 7, words[0] == "every", words[3] == "from",
              let every = Int(words[1]), let start = Day(words[4]) else { return nil }
        let unitWord = words[2].hasSuffix("s") ? String(words[2].dropLast()) : words[2]
        guard let unit = Unit(rawValue: unitWord) else { return nil }
        var until: Day?
        if words.count == 7 {
            guard words[5] == "until", let day = Day(words[6]) else { return nil }
            until = day
        }
        self.init(every: every, unit: unit, start: start, until: until)
    }

    /// The written form: `every 6 months from 2026-01-15`.
    public var text: String {
        let unitWord = every == 1 ? unit.rawValue : unit.rawValue + "s"
        return "every \(every) \(unitWord) from \(start)" + (until.map { " until \($0)" } ?? "")
    }

    /// Occurrence `index` (0 is `start`), or nil past `until`.
    public func occurrence(_ index: Int) -> Day? {
        guard index >= 0 else { return nil }
        let day: Day
        switch unit {
        case .week: day = start.adding(days: 7 * every * index)
        case .month: day = start.adding(months: every * index)
        case .year: day = start.adding(months: 12 * every * index)
        }
        if let until, day > until { return nil }
        return day
    }

    /// The index of the first occurrence on or after `day` (may be past `until`).
    public func firstIndex(onOrAfter day: Day) -> Int {
        guard day > start else { return 0 }
        var index: Int
        switch unit {
        case .week: index = start.days(until: day) / (7 * every)
        case .month, .year:
            let months = (day.year - start.year) * 12 + day.month - start.month
            index = max(0, months / (unit == .year ? 12 * every : every) - 1)
        }
        while let occurrence = occurrence(index), occurrence < day { index += 1 }
        return index
    }

    /// The occurrences from `first` through `last`, in order.
    public func occurrences(from first: Day, through last: Day) -> [Day] {
        var days: [Day] = []
        var index = firstIndex(onOrAfter: first)
        while let day = occurrence(index), day <= last {
            days.append(day)
            index += 1
        }
        return days
    }

    /// True when an occurrence falls on `day`.
    public func occurs(on day: Day) -> Bool {
        occurrence(firstIndex(onOrAfter: day)) == day
    }
}

extension Recurrence: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        let text = try reader.string()
        guard let rule = Recurrence(text: text) else {
            throw reader.fail("'\(text)' is not a rule (every N weeks|months|years from YYYY-MM-DD [until YYYY-MM-DD])")
        }
        self = rule
    }

    public func write(to writer: inout JSONWriter) { writer.string(text) }
}
