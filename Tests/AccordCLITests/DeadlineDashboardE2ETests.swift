import Foundation
import Testing

/// The real binary in tmux at 80×24: the agenda (D), Enter jumping to an item, and O handing a
/// link to xdg-open (a fake one on PATH that writes down what it was given).
@Suite(.serialized) struct DeadlineDashboardE2ETests {
    @Test func theAgendaAndALinkAt80x24() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["add", "action", "--id", "bilan", "--commitment", "ug-gouvernance", "--title", "Bilan mensuel",
                       "--repeat", "every month", "--due", "2026-01-31"])
        let bin = accord.home + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\nprintf '%s\\n' \"$1\" > \(accord.home)/opened\n".write(toFile: bin + "/xdg-open", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/xdg-open")
        let tmux = try TmuxSession(accord, width: 80, height: 24, env: ["PATH": bin + ":/usr/bin:/bin"])
        defer { tmux.close() }
        try tmux.waitFor("q quit")
        try tmux.send("D")
        // The status bar is drawn last: waiting for the agenda's hints sees its whole frame.
        let agenda = try tmux.waitFor("Esc back")
        #expect(agenda.contains("Overdue ("), "\(agenda)")
        #expect(agenda.contains("! 2026-01-31  action") && agenda.contains("Bilan mensuel"), "the first open occurrence, overdue: \(agenda)")
        #expect(agenda.contains("Enter open") && agenda.contains("Esc back"))
        for line in agenda.split(separator: "\n") { #expect(line.count <= 80) }
        // Enter on the first line (the oldest overdue action) opens it in the Checklist.
        try tmux.send("Enter")
        let panes = try tmux.waitUntil("the panes, whole") { $0.contains("3 Checklist") && $0.contains("Space tick") }
        #expect(panes.contains("IMT Mines Alès"), "the agreement of the first overdue action: \(panes)")
        // O on UPEC × GOSB: its one link (the article) goes to xdg-open.
        try tmux.send("2", "g", "j")
        try tmux.waitFor("Signed 2023-10-09")   // its details, under the panes
        try tmux.send("O")
        try tmux.waitFor("Opened Article du Hub", seconds: 20)
        let opened = try String(contentsOfFile: accord.home + "/opened", encoding: .utf8)
        #expect(opened.hasPrefix("https://hubinnovation.grandorlyseinebievre.fr/"))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func theRenewalDialogAndTheLinkChooserAt80x24() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["edit", "uimm-ul", "--link", "Convention <https://example.org/ul.pdf>", "--link", "Compte rendu <https://example.org/cr>"])
        let tmux = try TmuxSession(accord, width: 80, height: 24)
        defer { tmux.close() }
        try tmux.waitFor("q quit")
        // UIMM Lorraine × UL is the fourth agreement.
        try tmux.send("2", "g", "j", "j", "j", "R")
        let dialog = try tmux.waitFor("y yes")
        #expect(dialog.contains("A new term from 2025-06-09 to 2030-06-09, with the same") && dialog.contains("commitments."), "\(dialog)")
        #expect(dialog.contains("Renew") && dialog.contains("Cancel"))
        for line in dialog.split(separator: "\n") { #expect(line.count <= 80) }
        try tmux.send("Escape")
        try tmux.waitFor("Not renewed.")
        try tmux.send("O")
        let chooser = try tmux.waitFor("2 links: press 1–2 to open one.")   // the status bar: drawn last
        #expect(chooser.contains("1. Convention  <https://example.org/ul.pdf>") && chooser.contains("2. Compte rendu"), "\(chooser)")
        try tmux.send("Escape", "q")
        try tmux.waitFor("EXIT=0")
    }
}
