import Foundation
import Testing

/// Untrusted text end to end: imported, shown in the dashboard (tmux), printed by the
/// command line, exported. The screen stays intact, the text shows escaped, nothing
/// reaches the terminal raw, and the stored text round-trips unchanged.
@Suite(.serialized) struct HostileTextE2ETests {
    /// Each hostile string, as the import file's JSON holds it.
    static let hostile: [String: String] = [
        "clear": "\u{1B}[2J\u{1B}[HCleared",
        "osc52": "Clip\u{1B}]52;c;cm0gLXJmIH4K\u{07}board",
        "osc8": "Link \u{1B}]8;;http://evil.example\u{1B}\\here\u{1B}]8;;\u{1B}\\",
        "title": "Title\u{1B}]0;PWNED\u{07}set",
        "csi8": "Eight\u{9B}31mbit",
        "bell": "Bell\u{07}and NUL\u{00}end",
        "cr": "Carriage\rreturn\r\noverwrite",
        "bidi": "Bidi \u{202E}desrever\u{202C} \u{2066}isolate\u{2069}",
        "zero": "Zero\u{200B}width\u{FEFF}joiner\u{200D}",
    ]

    @Test func importedHostileTextIsShownEscapedPrintedEscapedAndStoredExactly() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bigTitle = "Grand titre " + String(repeating: "é", count: 524_288)           // 1 MiB of UTF-8
        let longNote = (1...10_000).map { "ligne \($0)" }.joined(separator: "\n")
        var actions: [[String: Any]] = Self.hostile.sorted { $0.key < $1.key }.map { key, text in
            ["id": "h-\(key)", "title": text, "note": text]
        }
        actions.append(["id": "h-long", "title": "Long note", "note": longNote])
        let document: [String: Any] = [
            "partners": [["id": "p1", "name": Self.hostile["title"]!, "kind": "company"],
                         ["id": "p2", "name": Self.hostile["bidi"]!, "kind": "university"]],
            "agreements": [
                ["id": "big", "title": bigTitle, "signatories": ["p1", "p2"],
                 "commitments": [["id": "hc", "category": "internships", "title": Self.hostile["osc8"]!, "actions": actions]]],
            ],
        ]
        let file = accord.home + "/hostile.json"
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: file))
        try accord.ok(["import", file, "--empty"])

        // Stored exactly: the export gives back every byte.
        let exported = try JSONSerialization.jsonObject(with: Data(try accord.ok(["export", "--format", "json"]).utf8)) as! [String: Any]
        let agreement = (exported["agreements"] as! [[String: Any]])[0]
        #expect(agreement["title"] as? String == bigTitle)
        let exportedActions = ((agreement["commitments"] as! [[String: Any]])[0]["actions"] as! [[String: Any]])
        for action in exportedActions {
            let id = action["id"] as! String
            if id == "h-long" { #expect(action["note"] as? String == longNote); continue }
            let original = Self.hostile[String(id.dropFirst(2))]!
            #expect(action["title"] as? String == original, "\(id) title changed in storage")
            #expect(action["note"] as? String == original, "\(id) note changed in storage")
        }

        // Printed escaped: no control character reaches the terminal from any command.
        for arguments in [["list", "actions"], ["show", "h-osc52"], ["show", "h-cr"], ["show", "big"], ["search", "clip"],
                          ["list", "partners"], ["report"], ["journal", "log"]] {
            let out = try accord.run(arguments).out
            let raw = out.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || ["\u{202E}", "\u{200B}", "\u{FEFF}", "\u{2066}"].contains($0) }
            #expect(raw.isEmpty, "accord \(arguments.joined(separator: " ")) printed \(raw.map { String($0.value, radix: 16) })")
        }
        #expect(try accord.ok(["show", "h-cr"]).contains("Carriage^Mreturn^M"))

        // Shown escaped, with the screen intact.
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        // The key hints are on the last line: once they are there, the whole first frame is.
        let screen = try tmux.waitFor("? help", seconds: 20)
        #expect(screen.contains("1 Partners") && screen.contains("2 Agreements") && screen.contains("3 Checklist"), "the layout is intact")
        #expect(screen.contains("Grand titre éééé"))
        #expect(screen.contains("Title^[]0;PWNED^Gset"))
        try tmux.send("3", "j")
        let checklist = try tmux.waitFor("Bell^Gand NUL^@end")
        #expect(checklist.contains("Clip^[]52;c;cm0gLXJmIH4K^Gboard"))
        #expect(checklist.contains("Eight<U+009B>31mbit"))
        #expect(checklist.contains("Carriage^Mreturn^M"))
        #expect(checklist.contains("Zero<U+200B>width<U+FEFF>joiner<U+200D>"))
        for line in checklist.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= 120, "a line ran past the screen: \(line.unicodeScalars.filter { $0.value > 0x7E }.map { String($0.value, radix: 16) })")
        }
        let buffers = try tmux.tmux(["list-buffers"])
        #expect(buffers.isEmpty, "OSC 52 reached the terminal's clipboard: \(buffers)")
        let title = try tmux.tmux(["display-message", "-p", "-t", "e2e", "#{pane_title}"])
        #expect(!title.contains("PWNED"), "the terminal title was set by the data")

        // The 10,000-line note opens and scrolls in the details.
        try tmux.send("G", "Enter")
        let details = try tmux.waitFor("ligne 1")
        #expect(details.contains("ligne 2"))
        try tmux.send("End")
        try tmux.send("PgDn")
        try tmux.send("Escape", "2", "Enter")
        try tmux.waitFor("Grand titre éééé")
        try tmux.send("Escape", "q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func hostileTextShowsEscapedAndTheScreenStaysIntact() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/hostile.yaml"
        try """
        partners:
          - {id: evil, name: "Evil\\e]0;PWNED\\aCorp", kind: company}
          - {id: tokyo, name: "東京大学 🎓", kind: university}
        agreements:
          - id: hostile
            title: "\\e[2J\\e[HCleared\\u202Eevil\\x9b31m"
            signatories: [evil, tokyo]
            commitments:
              - id: hc
                category: internships
                title: "Stage \\e]8;;http://x\\e\\\\link\\e]8;;\\e\\\\"
                actions:
                  - {id: ha, title: "Bell\\a and NUL\\0 here"}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try accord.ok(["import", file, "--empty"])
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        // The status bar is drawn last: waiting for it, not for a pane title, sees the whole frame.
        let screen = try tmux.waitFor("q quit")
        #expect(screen.contains("^[[2J^[[HCleared<U+202E>evil<U+009B>31m") || screen.contains("^[[2J^[[HCleared<U+202E>e"))
        #expect(screen.contains("東京大学 🎓"))
        #expect(screen.contains("1 Partners") && screen.contains("3 Checklist"), "the layout is intact")
        try tmux.send("3", "j")
        let checklist = try tmux.waitFor("Bell^G and NUL^@ here")
        #expect(checklist.contains("Stage ^[]8;;http://x^[\\link"))
        let title = try tmux.tmux(["display-message", "-p", "-t", "e2e", "#{pane_title}"])
        #expect(!title.contains("PWNED"), "the terminal title was not set by the data")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func anImportFileThatIsNotUTF8IsRefusedNamingIt() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/latin1.yaml"
        try Data("partners:\n  - {id: p, name: \"Universit\u{E9}\", kind: university}\n".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }
                 .filter { $0 != 0xA9 }).write(to: URL(fileURLWithPath: file))
        let before = try accord.ok(["export"])
        let result = try accord.run(["import", file])
        #expect(result.status == 1)
        #expect(result.err.contains("latin1.yaml is not UTF-8 text. Nothing was imported."))
        #expect(try accord.ok(["export"]) == before)
    }
}
