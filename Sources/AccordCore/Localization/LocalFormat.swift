import Foundation

/// Dates and numbers the way a language writes them, with that language's explicit `Locale`
/// ("9 oct. 2023" and "12 500" in French, "12,500" in English). English dates stay ISO
/// (`2023-10-09`: unambiguous across English-speaking countries, and sortable); typed and
/// stored dates are ISO in every language.
public enum LocalFormat {
    /// A whole number: "12 500" (narrow no-break space) in French, "12,500" in English.
    public static func number(_ value: Int, in language: Language = .current) -> String {
        if value > -1000 && value < 1000 { return String(value) }
        return value.formatted(.number.locale(language.locale))
    }

    /// A percentage: "45 %" in French (a narrow no-break space before the sign), "45%" in English.
    public static func percent(_ value: Int, in language: Language = .current) -> String {
        language == .fr ? "\(value)\u{202F}%" : "\(value)%"
    }

    /// A day to read: "9 oct. 2023" in French, "2023-10-09" in English.
    public static func date(_ day: Day, in language: Language = .current) -> String {
        if language == .en { return day.description }
        // Formatting through ICU takes microseconds; an overview of 100,000 actions asks for
        // the same few thousand days again and again.
        return frenchDates.value(for: day) { instant(of: day).formatted(frenchDay) }
    }

    private static let frenchDates = LockedCache<Day, String>(limit: 100_000)

    /// A month to read: "oct. 2023" in French, "2023-10" in English.
    public static func month(_ day: Day, in language: Language = .current) -> String {
        language == .en ? String(day.description.prefix(7)) : instant(of: day).formatted(frenchMonth)
    }

    /// A day spelled out, weekday first: "Thursday 31 December 2026", "jeudi 31 décembre 2026"
    /// (how a form says it read a typed date).
    public static func spelled(_ day: Day, in language: Language = .current) -> String {
        let weekday = day.monday.days(until: day)
        switch language {
        case .en: return "\(englishWeekdays[weekday]) \(day.day) \(englishMonths[day.month - 1]) \(day.year)"
        case .fr: return "\(frenchWeekdays[weekday]) \(day.day == 1 ? "1er" : String(day.day)) \(frenchMonths[day.month - 1]) \(day.year)"
        }
    }

    private static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]
    private static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                       "septembre", "octobre", "novembre", "décembre"]

    /// A value for a placeholder: numbers and days formatted, phrases translated, anything else as it describes itself.
    static func describe(_ value: any Sendable, in language: Language) -> String {
        switch value {
        case let number as Int: return self.number(number, in: language)
        case let day as Day: return date(day, in: language)
        case let text as String: return text
        case let phrase as Phrase: return phrase.template(in: language)
        default: return String(describing: value)
        }
    }

    private static let utc = TimeZone(identifier: "UTC")!

    /// English dates are ISO: only French ones go through a locale.
    private static let frenchDay = Date.FormatStyle(locale: Language.fr.locale, calendar: Calendar(identifier: .gregorian), timeZone: utc)
        .day().month(.abbreviated).year()
    private static let frenchMonth = Date.FormatStyle(locale: Language.fr.locale, calendar: Calendar(identifier: .gregorian), timeZone: utc)
        .month(.abbreviated).year()

    private static func instant(of day: Day) -> Date {
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour) = (day.year, day.month, day.day, 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar.date(from: parts)!
    }
}
