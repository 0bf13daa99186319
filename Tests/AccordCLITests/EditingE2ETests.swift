import Foundation
import Testing

/// A new user builds an agreement in the real dashboard, undoes a step, sees it on the
/// overview, and hands a report on: each step seen on the screen or in the files.
@Suite(.serialized) struct EditingE2ETests {
    @Test func createAnAgreementWithItsChecklistInTheDashboardThenReport() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")

        try tmux.send("2", "a")
        try tmux.waitFor("New agreement")
        try tmux.type("Convention d'été — Évry")
        try tmux.send("Tab"); try tmux.type("ueve"); try tmux.send("Right")
        try tmux.type("opt")
        try tmux.waitFor("→ opticsvalley — Opticsvalley")
        try tmux.send("Right", "Tab", "Tab"); try tmux.type("2026-09-01")
        try tmux.send("Tab"); try tmux.type("2")
        try tmux.send("Enter")
        let added = try tmux.waitFor("Added agreement 'Convention d'été — Évry' — u to undo")
        #expect(added.contains("6 agreements"))

        try tmux.send("3", "a")
        try tmux.waitFor("New commitment")
        try tmux.type("Stages en entreprise"); try tmux.send("Tab", "Tab"); try tmux.type("in"); try tmux.send("Enter")
        try tmux.waitFor("Added commitment 'Stages en entreprise'")
        try tmux.send("a")
        try tmux.waitFor("New action")
        try tmux.type("Publier 5 offres"); try tmux.send("Enter")
        try tmux.waitFor("Added action 'Publier 5 offres'")
        try tmux.send("a")
        try tmux.type("Une action de trop"); try tmux.send("Enter")
        try tmux.waitFor("[ ] Une action de trop")
        try tmux.send("u")
        let undone = try tmux.waitFor("Undid: Added action 'Une action de trop'")
        #expect(!undone.contains("[ ] Une action de trop"))
        #expect(undone.contains("[ ] Publier 5 offres"))

        try tmux.send("o")
        // Wait for the line itself: a capture can land while the frame is still being painted.
        let overview = try tmux.waitFor("Agreements (6)")
        #expect(overview.contains("0 Overview"))
        #expect(overview.contains("Convention d'été — Évry"))
        try tmux.send("Escape", "q")
        try tmux.waitFor("EXIT=0")

        let report = try accord.ok(["report", "--agreement", "convention-d-ete-evry"])
        #expect(report.contains("## Convention d'été — Évry"))
        #expect(report.contains("Université d'Évry Val d'Essonne, Opticsvalley"))
        #expect(report.contains("**Signed:** 2026-09-01 · **Ends:** 2028-09-01"))
        #expect(report.contains("| ☐ | Publier 5 offres |"))
        #expect(!report.contains("Une action de trop"))
        let html = try accord.ok(["report", "--agreement", "convention-d-ete-evry", "--format", "html"])
        #expect(html.contains("<h2>Convention d&#39;été — Évry</h2>"))
        #expect(try accord.ok(["journal", "verify"]).contains("Result: clean"), "every step is in the journal, undo included")
    }
}
