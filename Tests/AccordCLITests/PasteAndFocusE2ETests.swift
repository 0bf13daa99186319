import Foundation
import Testing

/// The real binary in tmux: a paste stays text (with and without bracketed paste), and the
/// terminal's cursor sits on the focus in every mode, where screen readers look.
@Suite(.serialized) struct PasteAndFocusE2ETests {
    static let pasted = "Relancer Opticsvalley\nLe directeur doit signer avant juin"

    /// Puts `text` in tmux's buffer and pastes it; `bracketed` wraps it in ESC[200~ … ESC[201~
    /// (tmux does so only when the program asked for it with ESC[?2004h).
    private func paste(_ text: String, into tmux: TmuxSession, bracketed: Bool) throws {
        try tmux.tmux(["set-buffer", "-b", "p", "--", text])
        try tmux.tmux(["paste-buffer", "-b", "p", "-t", tmux.name] + (bracketed ? ["-p"] : []))
    }

    /// The dashboard at 80×24 in `language`, with the add form open on the checklist.
    private func addFormAt80x24(_ accord: AccordBinary, _ language: String) throws -> TmuxSession {
        let tmux = try TmuxSession(accord, arguments: ["--lang", language], width: 80, height: 24)
        try tmux.waitFor(language == "en" ? "q quit" : "q quitte")
        try tmux.send("3", "j", "a")
        try tmux.waitFor(language == "en" ? "New action" : "Ajouter une action")
        return tmux
    }

    @Test(arguments: ["en", "fr"])
    func aBracketedPasteIntoTheAddFormIsOneTitle(_ language: String) throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try addFormAt80x24(accord, language)
        defer { tmux.close() }
        try paste(Self.pasted, into: tmux, bracketed: true)
        let form = try tmux.waitFor("Relancer Opticsvalley Le directeur")
        #expect(form.contains(language == "en" ? "New action" : "Ajouter une action"), "the form is still open:\n\(form)")
        try tmux.send("Enter")
        try tmux.waitFor(language == "en" ? "Added action" : "Ajout de l'action")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let found = try accord.ok(["search", "--lang", "en", "directeur signer juin"])
        #expect(found.contains("Relancer Opticsvalley Le directeur doit signer avant juin"), "\(found)")
        #expect(!FileManager.default.fileExists(atPath: accord.home + "/.config/accord/config.yaml"),
                "no pasted L switched and remembered the language")
    }

    @Test(arguments: ["en", "fr"])
    func aPasteSentAsKeysSavesTheFirstLineAndDropsTheRest(_ language: String) throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try addFormAt80x24(accord, language)
        defer { tmux.close() }
        // Without -p: the terminal types the paste, its line end a carriage return.
        try paste(Self.pasted, into: tmux, bracketed: false)
        let screen = try tmux.waitFor(language == "en" ? "35 keys typed ahead dropped — u to undo" : "35 touches tapées d'avance ignorées — u pour annuler")
        #expect(!screen.contains(language == "en" ? "Edit action" : "Modifier"), "the pasted e opened no form:\n\(screen)")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        #expect(!FileManager.default.fileExists(atPath: accord.home + "/.config/accord/config.yaml"),
                "the pasted L neither switched nor remembered the language")
        let found = try accord.ok(["search", "--lang", "en", "Relancer"])
        #expect(found.contains("Relancer Opticsvalley") && !found.contains("directeur"), "\(found)")
    }

    @Test func aPasteOverThePanesIsIgnoredAndTheTerminalIsLeftAsItWas() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        // After Accord, `cat -v` shows what a paste sends: plain text once paste mode is off.
        let tmux = try TmuxSession(accord, width: 80, height: 24, output: "; echo ACCORD-ENDED; cat -v")
        defer { tmux.close() }
        try tmux.waitFor("q quit")
        try paste("uLdq", into: tmux, bracketed: true)
        try tmux.waitFor("Pasted text ignored (4 characters)")
        try tmux.send("q")
        try tmux.waitFor("ACCORD-ENDED")
        try paste("after", into: tmux, bracketed: true)
        try tmux.send("Enter", "C-d")
        let after = try tmux.waitFor("EXIT=0")
        #expect(after.contains("after") && !after.contains("[200~"), "bracketed paste is off once Accord has quit:\n\(after)")
    }

    /// Where the cursor is, and the screen's line it is on.
    private func cursor(_ tmux: TmuxSession) throws -> (x: Int, y: Int, line: String, visible: Bool) {
        let place = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{cursor_x},#{cursor_y},#{cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        let lines = try tmux.screen().components(separatedBy: "\n")
        let line = place.count == 3 && place[1] < lines.count ? lines[place[1]] : ""
        return (place.first ?? -1, place.count > 1 ? place[1] : -1, line, place.count == 3 && place[2] == 1)
    }

    /// The text from column `x` of `line` (columns, as the terminal counts them).
    private func text(of line: String, from x: Int) -> String {
        var column = 0
        var index = line.startIndex
        while index < line.endIndex, column < x {
            column += 1
            index = line.index(after: index)
        }
        return String(line[index...])
    }

    @Test func theCursorFollowsTheFocusInEveryMode() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, width: 100, height: 30)
        defer { tmux.close() }
        try tmux.waitFor("q quit")
        var at = try cursor(tmux)
        #expect(text(of: at.line, from: at.x).hasPrefix("UPMC × Opticsvalley"), "on the selected agreement: \(at)")
        #expect(!at.visible, "hidden unless --accessible")
        try tmux.send("j")
        try tmux.waitUntil("the second agreement selected") { _ in (try? cursor(tmux).line.contains("UPEC × Grand-Orly")) == true }
        try tmux.send("3", "j", "j")
        // The cursor on the action's box itself (a "[ ]" elsewhere on the row is another pane's, before the second j lands).
        try tmux.waitUntil("an action selected") { _ in
            (try? cursor(tmux)).map { text(of: $0.line, from: $0.x).hasPrefix("[ ] ") } == true
        }
        at = try cursor(tmux)
        #expect(text(of: at.line, from: at.x).hasPrefix("[ ] "), "on the selected action's box: \(at)")
        try tmux.send("1")
        try tmux.waitUntil("the partners pane focused") { _ in (try? cursor(tmux).x) == 2 }
        #expect(try text(of: cursor(tmux).line, from: 2).hasPrefix("All partners"))
        // The search line: after what was typed.
        try tmux.send("/")
        try tmux.type("stage")
        try tmux.waitFor("/stage")
        at = try cursor(tmux)
        #expect(at.y == 29 && at.line.hasPrefix("/stage") && at.x == 6, "after the query: \(at)")
        try tmux.send("Escape")
        // A form: in its first field.
        try tmux.send("3", "a")
        try tmux.waitFor("New action")
        try tmux.type("Relancer")
        try tmux.waitFor("Relancer")
        at = try cursor(tmux)
        #expect(at.line.contains("› Title") && text(of: at.line, from: at.x - 8).hasPrefix("Relancer"), "after the typed text: \(at)")
        try tmux.send("Escape")
        // The overview: on its selected line.
        try tmux.send("o")
        try tmux.waitFor("0 Overview")
        try tmux.send("j")
        try tmux.waitUntil("a line selected") { _ in (try? cursor(tmux).line.contains("│")) == true }
        at = try cursor(tmux)
        #expect(at.y > 1 && at.y < 29 && !text(of: at.line, from: at.x).hasPrefix(" "), "on the selected line: \(at)")
        try tmux.send("Escape", "?")
        try tmux.waitFor("Keys")
        at = try cursor(tmux)
        #expect(at.y > 1 && at.line.contains("│"), "inside the help box: \(at)")
        // A confirmation: on the button that Enter presses (Cancel first).
        try tmux.send("Escape", "3", "d")
        try tmux.waitFor("[ Cancel ]")
        at = try cursor(tmux)
        #expect(text(of: at.line, from: at.x).hasPrefix("[ Cancel ]"), "on the focused button: \(at)")
        try tmux.send("Tab")
        try tmux.waitUntil("the other button focused") { _ in (try? text(of: cursor(tmux).line, from: cursor(tmux).x).hasPrefix("[ Delete")) == true }
        try tmux.send("Escape", "q")
        try tmux.waitFor("EXIT=0")
    }

    /// A crash (here SIGSEGV from outside) leaves the terminal as the shell needs it: paste
    /// mode off, line editing back (Ctrl-D ends `cat`), the alternate screen left.
    @Test func aCrashLeavesTheTerminalUsable() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, width: 80, height: 24, output: "; echo ACCORD-ENDED $?; cat -v")
        defer { tmux.close() }
        try tmux.waitFor("q quit")
        let pid = try #require(try tmux.programPID())
        kill(pid, SIGSEGV)
        try tmux.waitFor("ACCORD-ENDED 139")
        #expect(try tmux.alternateScreenOn() == false)
        try paste("after", into: tmux, bracketed: true)
        try tmux.send("Enter", "C-d")
        let after = try tmux.waitFor("EXIT=0")
        #expect(after.contains("after") && !after.contains("[200~"), "paste mode off after the crash:\n\(after)")
    }

    @Test(arguments: ["en", "fr"])
    func accessibleShowsTheCursorAndSaysInWords(_ language: String) throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, arguments: ["--accessible", "--lang", language], width: 80, height: 24)
        defer { tmux.close() }
        let screen = try tmux.waitFor(language == "en" ? "q quit" : "q quitte")
        for glyph in ["┌", "│", "─", "█", "░"] { #expect(!screen.contains(glyph), "no \(glyph) in accessible mode:\n\(screen)") }
        #expect(screen.contains(language == "en" ? "3 of 11 done" : "3 sur 11 faites"), "\(screen)")
        let at = try cursor(tmux)
        #expect(at.visible, "the cursor is shown")
        #expect(text(of: at.line, from: at.x).hasPrefix("UPMC × Opticsvalley"), "\(at)")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }
}
