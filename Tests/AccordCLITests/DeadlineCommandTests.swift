import Foundation
import Testing
@testable import AccordCLI
@testable import AccordCore

/// `accord due`, `accord export --format ics`, `accord renew`, `accord open` and clickable links.
@Suite struct DeadlineCommandTests {
    @Test func dueSaysZeroWhenSomethingFallsDueOneWhenNothingTwoOnAnError() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let listed = try accord.run(["due"])
        #expect(listed.status == 0, "\(listed.err)")
        #expect(listed.out.hasPrefix("DAY") && listed.out.contains("me-f2") && listed.out.contains("!"), "\(listed.out)")
        let json = try accord.run(["due", "--json", "--within", "2w"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["id"] as? String == "me-f2" && $0["overdue"] as? Bool == true && $0["kind"] as? String == "action" })

        let empty = AccordBinary()
        defer { empty.remove() }
        let nothing = try empty.run(["due", "--empty"])
        #expect(nothing.status == 1)
        #expect(nothing.out.isEmpty && nothing.err.isEmpty, "cron mails nothing: \(nothing.out)\(nothing.err)")
        #expect(try empty.run(["due", "--json"]).status == 1)

        let badPeriod = try accord.run(["due", "--within", "soon"])
        #expect(badPeriod.status == 2)
        #expect(badPeriod.err.contains("'soon' is not a period"), "\(badPeriod.err)")
        let badData = try accord.run(["due", "--data", "/etc/passwd"])
        #expect(badData.status == 2, "\(badData.err)")
        #expect(!badData.err.isEmpty)
    }

    @Test func aRecurringActionIsDueOccurrenceByOccurrence() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["add", "action", "--id", "bilan", "--commitment", "uo-talents", "--title", "Bilan annuel",
                       "--repeat", "every year in June", "--due", "2025-06-30"])
        #expect(try accord.ok(["show", "bilan"]).contains("every 1 year from 2025-06-30"))
        #expect(try accord.ok(["due", "--json"]).contains("\"bilan-2025-06-30\""))
        let tick = try accord.ok(["tick", "bilan"])
        #expect(tick.contains("Ticked 'Bilan annuel (2025-06-30)'"), "the occurrence and its date: \(tick)")
        let after = try accord.ok(["due", "--json", "--within", "3660d"])
        #expect(!after.contains("\"bilan-2025-06-30\"") && after.contains("\"bilan-2026-06-30\""), "\(after)")
        #expect(try accord.ok(["show", "bilan-2025-06-30"]).contains("Bilan annuel"), "the ticked occurrence is an action of its own")
        try accord.ok(["untick", "bilan-2025-06-30"])
        #expect(try accord.ok(["due", "--json"]).contains("\"bilan-2025-06-30\""))
        try accord.ok(["undo"])
        try accord.ok(["undo"])
        #expect(try accord.ok(["due", "--json"]).contains("\"bilan-2025-06-30\""))
    }

    @Test func renewStartsANewTermAsOneUndoableChange() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let renewed = try accord.ok(["renew", "uimm-ul", "--years", "3"])
        #expect(renewed.contains("new term from 2025-06-09 to 2028-06-09"), "\(renewed)")
        #expect(try accord.ok(["list", "agreements"]).contains("2028-06-09"))
        try accord.ok(["undo"])
        #expect(try accord.ok(["list", "agreements"]).contains("2025-06-09"))
        let none = try accord.run(["renew", "upmc-opticsvalley"])
        #expect(none.status == 1 && none.err.contains("has no end to renew from"), "\(none.err)")
    }

    // MARK: Calendar

    /// A title with accents, an emoji, the characters iCalendar escapes, and 200 characters.
    private let hostileTitle = "Réunion annuelle 🎓; bilan, suivi \\ fin — " + String(repeating: "é", count: 160)

    private func hostileCalendar(_ accord: AccordBinary) throws -> String {
        try accord.ok(["add", "commitment", "--id", "comite", "--agreement", "upec-gosb", "--category", "governance",
                       "--title", hostileTitle, "--repeat", "every year on 29 February", "--due", "2028-02-29",
                       "--description", "Ligne 1\nLigne 2; avec, virgules \\ et barre"])
        try accord.ok(["edit", "upec-gosb", "--notice", "6", "--renewal", "3",
                       "--link", "Convention signée <https://example.org/upec.pdf>"])
        return try accord.ok(["export", "--format", "ics"])
    }

    @Test func theCalendarIsFoldedEscapedAndEndedAsRFC5545Says() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let text = try hostileCalendar(accord)
        let bytes = Array(text.utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        // Every line ends in CRLF: no LF without its CR.
        for (index, byte) in bytes.enumerated() where byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
        let physical = text.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(line.utf8.count <= 75, "over 75 octets: \(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil, "a UTF-8 character cut by a fold")
            #expect(!line.contains("\n") && !line.contains("\r"))
        }
        let logical = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        let summary = try #require(logical.first { $0.hasPrefix("SUMMARY:Réunion") })
        #expect(summary == "SUMMARY:Réunion annuelle 🎓\\; bilan\\, suivi \\\\ fin — " + String(repeating: "é", count: 160))
        #expect(logical.contains("DESCRIPTION:Ligne 1\\nLigne 2\\; avec\\, virgules \\\\ et barre"))
        #expect(logical.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"))
        #expect(logical.contains("UID:comite@accord") && logical.contains("UID:upec-gosb-notice@accord"))
        #expect(logical.contains("DTSTART;VALUE=DATE:20280229"))
        #expect(logical.contains("URL;VALUE=URI:https://example.org/upec.pdf"))
        #expect(logical.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0.count == 24 && $0.hasSuffix("Z") })
        // The same UIDs on every export (only DTSTAMP may change).
        let again = try accord.ok(["export", "--format", "ics"])
        let uids = { (t: String) in t.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(again) == uids(text))
        // One agreement only.
        let one = try accord.ok(["export", "--format", "ics", "--agreement", "upec-gosb"])
        #expect(one.contains("UID:comite@accord") && !one.contains("UID:me-f2@accord"))
        #expect(try accord.run(["export", "--format", "ics", "--agreement", "nope"]).status == 1)
    }

    @Test func anIndependentParserReadsEveryEventAndRuleBack() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let text = try hostileCalendar(accord)
        let file = accord.home + "/deadlines.ics"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let script = """
        import json, sys
        import icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = []
        for e in cal.walk('VEVENT'):
            out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e.get('DESCRIPTION', '')),
                        'start': e['DTSTART'].dt.isoformat(), 'rrule': e['RRULE'].to_ical().decode() if 'RRULE' in e else None,
                        'alarms': [str(a['TRIGGER'].to_ical().decode()) for a in e.walk('VALARM')]})
        print(json.dumps(out))
        """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = ["-c", script, file]
        let pipe = Pipe(), errors = Pipe()
        python.standardOutput = pipe
        python.standardError = errors
        try python.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python3 with icalendar (Debian: apt install python3-icalendar) failed: \(problem)")
        let events = try #require(try JSONSerialization.jsonObject(with: output) as? [[String: Any]])
        let byUID = Dictionary(uniqueKeysWithValues: events.map { ($0["uid"] as! String, $0) })
        let comite = try #require(byUID["comite@accord"])
        #expect(comite["summary"] as? String == hostileTitle)
        #expect(comite["description"] as? String == "Ligne 1\nLigne 2; avec, virgules \\ et barre")
        #expect(comite["start"] as? String == "2028-02-29")
        let parts = { (rule: Any?) in Set(((rule as? String) ?? "").split(separator: ";").map(String.init)) }
        #expect(parts(comite["rrule"]) == ["FREQ=YEARLY", "BYMONTH=2", "BYMONTHDAY=28,29", "BYSETPOS=-1"])
        let notice = try #require(byUID["upec-gosb-notice@accord"])
        #expect(notice["start"] as? String == "2029-04-09")
        #expect(notice["alarms"] as? [String] == ["-P30D", "-P7D"])
        let end = try #require(byUID["upec-gosb-end@accord"])
        #expect(parts(end["rrule"]) == ["FREQ=YEARLY", "INTERVAL=3"])
        #expect(end["alarms"] as? [String] == ["-P90D", "-P30D"])
        // Every event of the file came back (as many as BEGIN:VEVENT lines).
        #expect(events.count == text.components(separatedBy: "BEGIN:VEVENT").count - 1)
    }

    // MARK: Links

    @Test func openHandsTheLinkToXdgOpenOrSaysWhyNot() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bin = accord.home + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let opened = accord.home + "/opened"
        try "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \(opened)\n".write(toFile: bin + "/xdg-open", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/xdg-open")
        try accord.ok(["edit", "upec-gosb", "--link", "Signed <https://example.org/a\u{1B}]b.pdf>", "--link", "PDF <upec.pdf>"])
        try "signed".write(toFile: accord.data + "/upec.pdf", atomically: true, encoding: .utf8)
        let path = ["PATH": bin + ":/usr/bin:/bin"]
        let several = try accord.run(["open", "upec-gosb"], env: path)
        #expect(several.status == 2 && several.out.contains("1. Signed") && several.err.contains("has 2 links"), "\(several.err)")
        #expect(try accord.run(["open", "upec-gosb", "1"], env: path).status == 0)
        #expect(try accord.run(["open", "upec-gosb", "2"], env: path).status == 0)
        let handed = try String(contentsOfFile: opened, encoding: .utf8)
        #expect(handed == "https://example.org/a]b.pdf\n\(accord.data)/upec.pdf\n", "control characters stripped, paths from the data directory")
        let missing = try accord.run(["open", "upec-gosb", "1"], env: ["PATH": "/nonexistent"])
        #expect(missing.status == 1 && missing.err.contains("xdg-open is not installed (apt install xdg-utils)"), "\(missing.err)")
        let noLink = try accord.run(["open", "uimm-ul"], env: path)
        #expect(noLink.status == 1 && noLink.err.contains("has no link"), "\(noLink.err)")
        #expect(try accord.run(["open", "upec-gosb", "3"], env: path).status == 2)
    }

    @Test func hyperlinksOnlyWhereTheTerminalShowsThem() throws {
        let terminal = ["TERM": "xterm-256color"]
        #expect(Hyperlinks(mode: .auto, environment: terminal, isTerminal: true).enabled)
        #expect(!Hyperlinks(mode: .auto, environment: terminal, isTerminal: false).enabled, "not to a pipe")
        #expect(!Hyperlinks(mode: .auto, environment: ["TERM": "linux"], isTerminal: true).enabled)
        #expect(!Hyperlinks(mode: .auto, environment: ["TERM": "vt220"], isTerminal: true).enabled)
        #expect(!Hyperlinks(mode: .auto, environment: ["TERM": "xterm", "TMUX": "/tmp/tmux-0/default,1,0"], isTerminal: true).enabled)
        #expect(!Hyperlinks(mode: .auto, environment: ["TERM": "screen-256color"], isTerminal: true).enabled)
        #expect(Hyperlinks(mode: .always, environment: ["TERM": "linux", "TMUX": "x"], isTerminal: false).enabled)
        #expect(!Hyperlinks(mode: .never, environment: terminal, isTerminal: true).enabled)
        let link = Hyperlinks(mode: .always, environment: [:], isTerminal: false).link("PDF", to: "https://e.org/\u{1B}\u{7}x")
        #expect(link == "\u{1B}]8;;https://e.org/x\u{1B}\\PDF\u{1B}]8;;\u{1B}\\")

        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["edit", "upec-gosb", "--link", "Signed <https://example.org/upec.pdf>"])
        let plain = try accord.run(["show", "upec-gosb"], env: terminal)
        #expect(plain.out.contains("1. Signed  https://example.org/upec.pdf") && !plain.out.contains("\u{1B}"))
        let always = try accord.run(["show", "upec-gosb", "--hyperlinks", "always"], env: ["TERM": "linux"])
        #expect(always.out.contains("\u{1B}]8;;https://example.org/upec.pdf\u{1B}\\Signed\u{1B}]8;;\u{1B}\\"), "\(always.out)")
    }
}
