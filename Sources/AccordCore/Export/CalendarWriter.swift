import Foundation

/// Writes deadlines as an iCalendar file (RFC 5545) for Thunderbird, Outlook, GNOME Calendar.
///
/// One all-day event per open dated item: each open action and commitment due, each recurring
/// one as a single event with its `RRULE`, each running agreement's end (alarms 90 and 30 days
/// before) and notice date (alarms 30 and 7 days before). Lines end in CRLF and are folded at 75
/// octets without cutting a UTF-8 character; text is escaped; each event's UID is made of the
/// item's id and what the date is, so every export on every machine gives an item the same UID.
public struct CalendarWriter {
    /// When the file is written (`DTSTAMP`).
    public let stamp: Date
    /// The deadlines are those found on this day (a tacit renewal's next end, the first open occurrence).
    public let today: Day

    public init(stamp: Date, today: Day) {
        self.stamp = stamp
        self.today = today
    }

    /// The calendar of `state`, or of the items of `agreements` when given (one agreement, or
    /// a partner's: `--agreement` reads the same everywhere).
    public func calendar(of state: AccordState, agreements: Set<String>? = nil) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Accord//Accord partnership agreements//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escaped(Phrases.report.calendarName.text)]
        for event in events(of: state, agreements: agreements) { lines += event }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined()
    }

    private typealias Lines = [String]

    /// The events, ordered by date then UID.
    private func events(of state: AccordState, agreements chosen: Set<String>?) -> [Lines] {
        let words = Phrases.report
        var found: [(Day, String, Lines)] = []
        func add(uid: String, day: Day, summary: String, description: String, repeats: Recurrence? = nil,
                 alarms: [Int] = [], links: [ItemLink] = [], except: [Day] = []) {
            var lines = ["BEGIN:VEVENT", "UID:" + Self.escaped(uid + "@accord"), "DTSTAMP:" + Timestamp.compact(stamp),
                         "DTSTART;VALUE=DATE:" + Self.dateText(day), "DTEND;VALUE=DATE:" + Self.dateText(day.adding(days: 1)),
                         "SUMMARY:" + Self.escaped(summary)]
            let linkLines = links.map { "\($0.displayName): \($0.target)" }
            lines.append("DESCRIPTION:" + Self.escaped(([description] + linkLines).joined(separator: "\n")))
            if let url = links.first(where: \.isURL) { lines.append("URL;VALUE=URI:" + Self.cleaned(url.target)) }
            if let repeats { lines.append("RRULE:" + Self.rule(repeats)) }
            if !except.isEmpty { lines.append("EXDATE;VALUE=DATE:" + except.map(Self.dateText).joined(separator: ",")) }
            lines += ["TRANSP:TRANSPARENT"]
            for days in alarms {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Self.escaped(summary),
                          "TRIGGER:-P\(days)D", "END:VALARM"]
            }
            lines.append("END:VEVENT")
            found.append((day, uid, lines))
        }
        for agreement in state.agreements.values where chosen?.contains(agreement.id) ?? true {
            guard agreement.isRunning, let end = agreement.currentEnd(on: today) else { continue }
            let every = agreement.renewalYears.flatMap { Recurrence(every: $0, unit: .year, start: end) }
            add(uid: agreement.id + "-end", day: end, summary: words.calendarEnd(["title": agreement.title]),
                description: agreement.summary, repeats: every, alarms: Agreement.endReminderDays, links: agreement.links)
            if let notice = agreement.noticeDate(on: today) {
                let everyNotice = agreement.renewalYears.flatMap { Recurrence(every: $0, unit: .year, start: notice) }
                add(uid: agreement.id + "-notice", day: notice, summary: words.calendarNotice(["title": agreement.title]),
                    description: words.calendarNoticeDescription(["months": agreement.noticeMonths ?? 0, "day": end]),
                    repeats: everyNotice, alarms: Agreement.noticeReminderDays, links: agreement.links)
            }
        }
        for commitment in state.commitments.values where chosen?.contains(commitment.agreementID) ?? true {
            if let rule = commitment.repeats {
                add(uid: commitment.id, day: rule.start, summary: commitment.title, description: commitment.description,
                    repeats: rule, links: commitment.links)
            } else if let due = commitment.due, state.isUnfinished(commitment: commitment.id) {
                add(uid: commitment.id, day: due, summary: commitment.title, description: commitment.description, links: commitment.links)
            }
        }
        for action in state.actions.values where !action.isDone {
            guard let due = action.due, let commitment = state.commitments[action.commitmentID],
                  chosen?.contains(commitment.agreementID) ?? true else { continue }
            if let rule = action.repeats {
                // From the first open occurrence; occurrences ticked ahead of it are left out.
                let doneLater = state.doneOccurrences(of: action).compactMap(\.due).filter { $0 > due }
                add(uid: action.id, day: due, summary: action.title, description: commitment.title,
                    repeats: rule, links: action.links, except: doneLater)
            } else {
                add(uid: action.id, day: due, summary: action.title, description: commitment.title, links: action.links)
            }
        }
        return found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    // MARK: RFC 5545 text

    /// `RRULE` value: a month-end day (29 to 31) is kept as "the last of the days up to it in the
    /// month" (`BYMONTHDAY=28,29,30,31;BYSETPOS=-1`), which is how Accord clamps it.
    static func rule(_ rule: Recurrence) -> String {
        var parts = ["FREQ=" + ["week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"][rule.unit.rawValue]!]
        if rule.every > 1 { parts.append("INTERVAL=\(rule.every)") }
        if rule.unit != .week, rule.start.day > 28 {
            if rule.unit == .year { parts.append("BYMONTH=\(rule.start.month)") }
            parts.append("BYMONTHDAY=" + (28...rule.start.day).map(String.init).joined(separator: ","))
            parts.append("BYSETPOS=-1")
        }
        if let until = rule.until { parts.append("UNTIL=" + dateText(until)) }
        return parts.joined(separator: ";")
    }

    static func dateText(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// TEXT escaping: backslash, semicolon, comma, and line breaks as `\n`; other control characters dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r", "\u{2028}", "\u{2029}", "\u{85}": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A URI with control characters and spaces removed (they cannot stand in one).
    static func cleaned(_ uri: String) -> String {
        SafeText.withoutControls(uri).replacingOccurrences(of: " ", with: "")
    }

    /// One content line folded at 75 octets (continuations start with a space), ended by CRLF;
    /// a fold never cuts a UTF-8 character.
    static func folded(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var end = start + limit
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }   // back to a character's first byte
            out += bytes[start..<end]
            out += [13, 10, 32]
            start = end
            limit = 74
        }
        out += bytes[start...]
        out += [13, 10]
        return String(decoding: out, as: UTF8.self)
    }
}
