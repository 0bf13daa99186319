/// What falls due, in the sections a person plans by: overdue, this week, this month, the next
/// three months; each section grouped by week (weeks start on Monday).
public struct Agenda: Hashable, Sendable {
    public enum Period: String, CaseIterable, Hashable, Sendable {
        case overdue, thisWeek, thisMonth, nextThreeMonths
    }

    /// The deadlines of one week (of one section: a week across a month's end is split).
    public struct Week: Hashable, Sendable {
        public let monday: Day
        public let deadlines: [Deadline]
    }

    public struct Section: Hashable, Sendable {
        public let period: Period
        public let weeks: [Week]
        public var count: Int { weeks.reduce(0) { $0 + $1.deadlines.count } }
    }

    /// The sections that have something, in order.
    public let sections: [Section]
    public let today: Day

    /// The agenda of `state` on `today`: deadlines up to three months ahead.
    public init(state: AccordState, today: Day) {
        self.init(deadlines: state.deadlines(through: Agenda.horizon(from: today), today: today), today: today)
    }

    /// Sorts deadlines already found into the agenda's sections (those past the horizon are left out).
    public init(deadlines: [Deadline], today: Day) {
        self.today = today
        var byPeriod: [Period: [Deadline]] = [:]
        for deadline in deadlines {
            guard let period = Agenda.period(of: deadline.day, today: today) else { continue }
            byPeriod[period, default: []].append(deadline)
        }
        sections = Period.allCases.compactMap { period in
            guard let found = byPeriod[period] else { return nil }
            var weeks: [Week] = []
            var current: [Deadline] = []
            for deadline in found {
                if let first = current.first, first.day.monday != deadline.day.monday {
                    weeks.append(Week(monday: first.day.monday, deadlines: current))
                    current = []
                }
                current.append(deadline)
            }
            if let first = current.first { weeks.append(Week(monday: first.day.monday, deadlines: current)) }
            return Section(period: period, weeks: weeks)
        }
    }

    /// The last day the agenda shows: three months after `today`.
    public static func horizon(from today: Day) -> Day { today.adding(months: 3) }

    /// The section a day falls in on `today`; nil past the horizon.
    public static func period(of day: Day, today: Day) -> Period? {
        if day < today { return .overdue }
        if day < today.monday.adding(days: 7) { return .thisWeek }
        if day.year == today.year, day.month == today.month { return .thisMonth }
        return day <= horizon(from: today) ? .nextThreeMonths : nil
    }

    /// Every deadline in order, as the screen lists them.
    public var deadlines: [Deadline] { sections.flatMap { $0.weeks.flatMap(\.deadlines) } }

    /// How many deadlines the agenda holds in `period`.
    public func count(_ period: Period) -> Int { sections.first { $0.period == period }?.count ?? 0 }

    /// How many deadlines the agenda of `state` on `today` would hold in each period, without
    /// sorting or grouping them (the overview shows only the counts).
    public static func counts(of state: AccordState, today: Day) -> [Period: Int] {
        var counts: [Period: Int] = [:]
        state.visitDeadlines(through: horizon(from: today), today: today) { day, _ in
            if let period = period(of: day, today: today) { counts[period, default: 0] += 1 }
        }
        return counts
    }
}
