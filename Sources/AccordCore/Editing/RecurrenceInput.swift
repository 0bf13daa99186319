import Foundation

/// Reads a recurrence as a person writes it, in English or French, into a `Recurrence`.
///
/// Accepted (case and accents ignored; `from`/`until` dates in ISO):
/// - the written form: `every 1 year from 2026-06-30 until 2030-06-09`;
/// - a period: `every year`, `yearly`, `every 6 months`, `monthly`, `every 2 weeks`, `weekly` —
///   French `chaque année`, `annuel`, `tous les 6 mois`, `mensuel`, `toutes les 2 semaines`,
///   `hebdomadaire` — from the item's due day (else today) unless `from DATE` (`à partir du DATE`)
///   says otherwise;
/// - a yearly day: `every year on 15 October`, `every year on 10-15`, `chaque année le 15 octobre`;
/// - a yearly month: `every year in June`, `chaque année en juin` (due on the month's last day);
/// - an end: `... until 2030-06-09` (`jusqu'au 2030-06-09`).
public enum RecurrenceInput {
    /// The rule `text` says; the first occurrence defaults to `due`, else to the first day on or
    /// after `today` that matches. Throws a message naming what was not understood. A file gives
    /// no `today` (an import must not depend on the day it runs): its rule then needs a `from`
    /// date or the item's due day.
    public static func parse(_ text: String, due: Day?, today: Day?) throws(RecurrenceInputError) -> Recurrence {
        if let written = Recurrence(text: text.trimmingCharacters(in: .whitespaces)) { return written }
        var words = TextFolding.fold(text).replacingOccurrences(of: "'", with: " ").replacingOccurrences(of: "’", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let until = try takeDate(after: [["until"], ["jusqu", "au"], ["jusqu", "a"], ["jusque"]], from: &words, text: text)
        let from = try takeDate(after: [["from"], ["a", "partir", "du"], ["a", "partir", "de"], ["des"], ["depuis"]], from: &words, text: text)
        guard let (every, unit, rest) = period(words) else { throw RecurrenceInputError(text: text) }
        guard var start = from ?? due ?? today else { throw RecurrenceInputError(text: text, needsStart: true) }
        if !rest.isEmpty {
            guard unit == .year, let anchor = yearlyAnchor(rest, onOrAfter: start) else {
                throw RecurrenceInputError(text: text)
            }
            start = anchor
        }
        guard let rule = Recurrence(every: every, unit: unit, start: start, until: until) else { throw RecurrenceInputError(text: text) }
        return rule
    }

    /// Removes `marker DATE` from the words and returns the date; nil when no marker is there.
    private static func takeDate(after markers: [[String]], from words: inout [String], text: String) throws(RecurrenceInputError) -> Day? {
        for marker in markers {
            guard let start = words.indices.first(where: { Array(words[$0...].prefix(marker.count)) == marker }) else { continue }
            let dateIndex = start + marker.count
            guard dateIndex < words.count, let day = Day(words[dateIndex]) else { throw RecurrenceInputError(text: text) }
            words.removeSubrange(start...dateIndex)
            return day
        }
        return nil
    }

    /// The period the words open with, and the words after it.
    private static func period(_ words: [String]) -> (Int, Recurrence.Unit, [String])? {
        guard let first = words.first else { return nil }
        if let unit = adjectives[first] { return (1, unit, Array(words.dropFirst())) }
        var index = 0
        if ["every", "each", "chaque", "tous", "toutes"].contains(first) { index = 1 } else { return nil }
        if index < words.count, ["les", "the"].contains(words[index]) { index += 1 }
        var every = 1
        if index < words.count, let number = Int(words[index]) {
            every = number
            index += 1
        }
        guard index < words.count, let unit = units[words[index]] else { return nil }
        return (every, unit, Array(words[(index + 1)...]))
    }

    private static let adjectives: [String: Recurrence.Unit] = [
        "yearly": .year, "annually": .year, "annual": .year, "annuel": .year, "annuelle": .year,
        "monthly": .month, "mensuel": .month, "mensuelle": .month,
        "weekly": .week, "hebdomadaire": .week,
    ]

    private static let units: [String: Recurrence.Unit] = [
        "year": .year, "years": .year, "annee": .year, "annees": .year, "an": .year, "ans": .year,
        "month": .month, "months": .month, "mois": .month,
        "week": .week, "weeks": .week, "semaine": .week, "semaines": .week,
    ]

    /// The first day on or after `day` that `on 15 October`, `on 10-15`, `le 15 octobre`, `in June`
    /// or `en juin` names (a month alone means its last day).
    private static func yearlyAnchor(_ words: [String], onOrAfter day: Day) -> Day? {
        guard let preposition = words.first, words.count >= 2 else { return nil }
        let rest = Array(words.dropFirst())
        var month: Int?, dayOfMonth: Int?
        switch preposition {
        case "in", "en":
            guard rest.count == 1, let m = monthNumber(rest[0]) else { return nil }
            month = m
        case "on", "le":
            if rest.count == 1, rest[0].count == 5, rest[0].dropFirst(2).first == "-",
               let m = Int(rest[0].prefix(2)), let d = Int(rest[0].suffix(2)) {
                month = m
                dayOfMonth = d
            } else if rest.count == 2, let d = Int(rest[0].replacingOccurrences(of: "er", with: "")), let m = monthNumber(rest[1]) {
                month = m
                dayOfMonth = d
            } else if rest.count == 2, let m = monthNumber(rest[0]), let d = Int(rest[1].filter(\.isNumber)) {
                month = m
                dayOfMonth = d
            } else {
                return nil
            }
        default: return nil
        }
        guard let month, (1...12).contains(month) else { return nil }
        for year in [day.year, day.year + 1] {
            let last = Day.daysIn(month: month, year: year)
            guard let candidate = Day(year: year, month: month, day: dayOfMonth ?? last) else {
                if dayOfMonth == 29, month == 2 { continue }
                return nil
            }
            if candidate >= day { return candidate }
        }
        return nil
    }

    /// The month a name or abbreviation stands for, English or French, folded ("dec", "decembre", "juil.").
    static func monthNumber(_ word: String) -> Int? {
        let names = [["january", "janvier", "jan", "janv"], ["february", "fevrier", "feb", "fevr"], ["march", "mars", "mar"],
                     ["april", "avril", "apr", "avr"], ["may", "mai"], ["june", "juin", "jun"], ["july", "juillet", "jul", "juil"],
                     ["august", "aout", "aug"], ["september", "septembre", "sep", "sept"], ["october", "octobre", "oct"],
                     ["november", "novembre", "nov"], ["december", "decembre", "dec"]]
        let trimmed = word.hasSuffix(".") ? String(word.dropLast()) : word
        return names.firstIndex { $0.contains(trimmed) }.map { $0 + 1 }
    }
}

/// A recurrence a person wrote that `RecurrenceInput` could not read.
public struct RecurrenceInputError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    /// True when the rule was understood but says not when it starts.
    public var needsStart = false
    public var description: String {
        needsStart ? Phrases.core.ruleNeedsStart(["text": text]) : Phrases.core.notARule(["text": text])
    }
}
