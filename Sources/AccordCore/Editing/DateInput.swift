/// Dates as people type them, in English and French, read against today.
///
/// Read: `2026-12-31` and `2026-1-5` (year first); `31/12/2026`, `31.12.2026`, `31-12-2026`
/// and `31/12/26` (day before month, always); `31/12` (the nearest such day in the field's
/// direction); `9 oct. 2023`, `31 décembre`, `31 Dec 2026` (as French screens write dates); `today`/`aujourd'hui` (straight or curly apostrophe), `tomorrow`/`demain`,
/// `yesterday`/`hier`; `+7d`/`+7j`, `+2w`/`+2s`, `+3m` (months), `-3d` …; a weekday name,
/// `friday`/`vendredi`/`fri`/`ven` (the next one strictly after today, or for a field that
/// points back, the last one strictly before). Case and accents do not matter.
public enum DateInput {
    /// Which way a field points: forward for a due date, back for a done or signing date.
    public enum Direction: Hashable, Sendable {
        case forward, back
    }

    /// The day `text` stands for, or nil when it is not a date.
    public static func day(_ text: String, today: Day, direction: Direction = .forward) -> Day? {
        let folded = TextFolding.fold(text.trimmingCharacters(in: .whitespaces))
            .replacingOccurrences(of: "’", with: "'")
        if folded.isEmpty { return nil }
        if let word = word(folded, today: today) { return word }
        if let offset = offset(folded, today: today) { return offset }
        if let weekday = weekdays.firstIndex(where: { $0.contains(folded) }) {
            return nearest(weekday: weekday, today: today, direction: direction)
        }
        return numeric(folded, today: today, direction: direction) ?? spelled(folded, today: today, direction: direction)
    }

    /// `9 oct. 2023`, `31 décembre 2026`, `1er mai`, `31 Dec 2026`: the day, a month's name, the year
    /// or none (then the nearest, as for `31/12`) — as the dashboard writes French dates.
    private static func spelled(_ text: String, today: Day, direction: Direction) -> Day? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 2 || words.count == 3 else { return nil }
        var first = words[0]
        if first.hasSuffix("er") { first.removeLast(2) }
        guard first.count <= 2, let day = Int(first), let month = RecurrenceInput.monthNumber(words[1]) else { return nil }
        guard words.count == 3 else { return nearest(day: day, month: month, today: today, direction: direction) }
        guard words[2].count == 4, let year = Int(words[2]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// True when `text` is written the one way Accord stores dates (`YYYY-MM-DD`).
    public static func isCanonical(_ text: String) -> Bool {
        Day(text.trimmingCharacters(in: .whitespaces)) != nil
    }

    private static func word(_ text: String, today: Day) -> Day? {
        switch text {
        case "today", "aujourd'hui", "auj", "aujourdhui": return today
        case "tomorrow", "demain": return today.adding(days: 1)
        case "yesterday", "hier": return today.adding(days: -1)
        case "apres-demain", "apres demain": return today.adding(days: 2)
        case "avant-hier", "avant hier": return today.adding(days: -2)
        default: return nil
        }
    }

    /// `+7d`, `+7j`, `+2w`, `+2s`, `+3m`, `-1d`; a unit word may be spelled out (`+2 weeks`, `+3 jours`).
    private static func offset(_ text: String, today: Day) -> Day? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let body = text.dropFirst().replacingOccurrences(of: " ", with: "")
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let count = Int(digits) else { return nil }
        let unit = String(body.dropFirst(digits.count))
        let signed = sign == "-" ? -count : count
        switch unit {
        case "", "d", "j", "day", "days", "jour", "jours": return today.adding(days: signed)
        case "w", "s", "week", "weeks", "sem", "semaine", "semaines": return today.adding(days: 7 * signed)
        case "m", "month", "months", "mois": return today.adding(months: signed)
        case "y", "a", "year", "years", "an", "ans", "annee", "annees": return today.adding(years: signed)
        default: return nil
        }
    }

    /// Monday first, as `Day.monday` counts.
    private static let weekdays: [Set<String>] = [
        ["monday", "mon", "lundi", "lun"], ["tuesday", "tue", "tues", "mardi", "mar"],
        ["wednesday", "wed", "mercredi", "mer"], ["thursday", "thu", "thurs", "jeudi", "jeu"],
        ["friday", "fri", "vendredi", "ven"], ["saturday", "sat", "samedi", "sam"], ["sunday", "sun", "dimanche", "dim"],
    ]

    private static func nearest(weekday: Int, today: Day, direction: Direction) -> Day {
        let todays = today.monday.days(until: today)
        switch direction {
        case .forward:
            let ahead = (weekday - todays + 7) % 7
            return today.adding(days: ahead == 0 ? 7 : ahead)
        case .back:
            let behind = (todays - weekday + 7) % 7
            return today.adding(days: -(behind == 0 ? 7 : behind))
        }
    }

    /// Numbers separated by `-`, `/` or `.`: year first when the first has four digits, else day first.
    private static func numeric(_ text: String, today: Day, direction: Direction) -> Day? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let separator = text.first(where: { $0 == "-" || $0 == "/" || $0 == "." }),
              parts.count == 2 || text.filter({ $0 == separator }).count == 2 else { return nil }
        let numbers = parts.compactMap { Int($0) }
        if parts.count == 3 && parts[0].count == 4 {
            guard parts[1].count <= 2, parts[2].count <= 2 else { return nil }
            return Day(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        guard parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        let (dayOfMonth, month) = (numbers[0], numbers[1])
        if parts.count == 3 {
            switch parts[2].count {
            case 4: return Day(year: numbers[2], month: month, day: dayOfMonth)
            case 2: return Day(year: today.year / 100 * 100 + numbers[2], month: month, day: dayOfMonth)
            default: return nil
            }
        }
        return nearest(day: dayOfMonth, month: month, today: today, direction: direction)
    }

    /// The day and month alone: this year's if it lies in the field's direction (today counts),
    /// else the next (or last) year's that has it (29 February waits for a leap year).
    private static func nearest(day: Int, month: Int, today: Day, direction: Direction) -> Day? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let step = direction == .forward ? 1 : -1
        for offset in 0...8 {
            let year = today.year + step * offset
            guard let candidate = Day(year: year, month: month, day: day) else { continue }
            if direction == .forward ? candidate >= today : candidate <= today { return candidate }
        }
        return nil
    }
}
