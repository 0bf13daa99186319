import Testing
@testable import AccordCore
@testable import AccordTUI

@Suite struct DashboardSearchTests {
    @Test func slashOpensALineThatSearchesAtEachKeystroke() {
        let d = DashboardFixture.dashboard()
        d.press(.character("/"))
        #expect(d.model.mode == .searchLine)
        #expect(d.frame.lines.last!.contains("type to search"))
        d.type("h")
        let afterOne = d.search!.hits.count
        d.type("andicap")
        #expect(d.search!.hits.count == 5 && afterOne > 5)
        #expect(d.frame.lines.last!.hasPrefix("/handicap█"))
        #expect(d.frame.lines.last!.contains("5 hits"))
        #expect(d.focus == .agreements, "typing j or k goes to the line, not the panes")
        d.press(.backspace); d.press(.backspace)
        #expect(d.search?.text == "handic")
        d.press(.control("u"))
        #expect(d.search?.text == "")
        d.type("stage upmc")
        d.press(.control("w"))
        #expect(d.search?.text == "stage ")
    }

    @Test func enterJumpsToTheFirstHitAndNStepsThroughThem() {
        let d = DashboardFixture.dashboard()
        d.press(.character("/")); d.type("handicap"); d.press(.enter)
        #expect(d.model.mode == .panes && d.search != nil)
        #expect(d.focus == .checklist)
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
        #expect(d.selectedPartnerID == nil, "All partners shows the agreement: the filter stays")
        #expect(d.selectedChecklistRow == .commitment("uo-handicap"))
        #expect(d.frame.lines.last!.hasPrefix(" 1/5  commitment: Intégration des étudiants"))
        d.press(.character("n"))
        #expect(d.selectedChecklistRow == .action("uo-h1"))
        #expect(d.frame.lines.last!.hasPrefix(" 2/5"))
        d.press(.character("p")); d.press(.character("p"))
        #expect(d.search?.current == 4, "p wraps around to the last hit")
        d.press(.escape)
        #expect(d.search == nil)
    }

    @Test func hitsAcrossPanesSelectTheirPartnerAndAgreement() {
        let d = DashboardFixture.dashboard()
        d.press(.character("/")); d.type("ENSCM incubateur"); d.press(.enter)
        #expect(d.selectedAgreementID == "mines-ales-enscm")
        #expect(d.focus == .agreements)
        d.press(.character("/")); d.type("Matériaupôle"); d.press(.enter)
        #expect(d.focus == .partners && d.selectedPartnerID == "materiaupole")
    }

    @Test func aPartnerFilterIsSaidAndTheOneAJumpSetGoesWithTheSearch() {
        let d = DashboardFixture.dashboard()
        d.press(.character("/")); d.type("Matériaupôle"); d.press(.enter)
        #expect(d.selectedPartnerID == "materiaupole")
        let frame = d.frame
        #expect(frame.lines[0].hasPrefix(" Accord · Matériaupôle: 1 of 5 agreements · "), "\(frame.lines[0])")
        #expect(frame.lines[1].contains("2 Agreements · Matériaup"), "the title names the filter (clipped to the pane): \(frame.lines[1])")
        d.press(.escape)
        #expect(d.search == nil)
        #expect(d.selectedPartnerID == nil, "clearing the search clears the filter its jump set")
        #expect(d.frame.lines[0].hasPrefix(" Accord · 5 agreements · "))
        #expect(!d.frame.lines[1].contains("Agreements ·"))
    }

    @Test func aFilterChosenBeforeTheSearchStaysAndAJumpNeverSetsOne() throws {
        let d = DashboardFixture.dashboard()
        // The person filters by UPMC, then looks for something in another agreement.
        d.press(.character("1")); d.press(.character("j"))
        #expect(d.selectedPartnerID == "upmc")
        d.press(.character("/")); d.type("ENSCM incubateur"); d.press(.enter)
        #expect(d.selectedAgreementID == "mines-ales-enscm")
        #expect(d.selectedPartnerID == nil, "the agreement is shown among all partners', not under a signatory chosen for the person")
        d.press(.escape)
        #expect(d.selectedPartnerID == "upmc", "clearing the search gives back the filter the person chose")
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
        // A hit inside the filtered partner's agreements keeps the filter throughout.
        d.press(.character("/")); d.type("handicap"); d.press(.enter)
        #expect(d.selectedPartnerID == "upmc" && d.selectedAgreementID == "upmc-opticsvalley")
        d.press(.escape)
        #expect(d.selectedPartnerID == "upmc" && d.selectedAgreementID == "upmc-opticsvalley")
    }

    @Test func matchesAreHighlightedInThePanes() {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        d.press(.character("/")); d.type("universite")
        let grid = d.frame
        let agreements = d.layout.pane(.agreements)
        let titleRow = try! #require((agreements.y..<agreements.maxY).first { grid.lines[$0].contains("Université de Lorraine") || grid.lines[$0].contains("UIMM Lorraine × Universit") })
        #expect(grid.styleRuns(row: titleRow).contains { $0.hasSuffix("searchMatch") })
        let plain = (agreements.y..<agreements.maxY).first { grid.lines[$0].contains("IMT Mines Alès × ENSCM") }!
        #expect(!grid.styleRuns(row: plain).contains { $0.contains("searchMatch") }, "no match, no highlight")
    }

    @Test func noMatchAndBadQueriesSaySo() {
        let d = DashboardFixture.dashboard()
        d.press(.character("/")); d.type("zzzz")
        #expect(d.frame.lines.last!.contains("no match"))
        d.press(.enter)
        #expect(d.search?.current == nil)
        d.press(.character("n"))
        #expect(d.message?.text == "No match.")
        d.press(.character("/")); d.type("status:maybe")
        #expect(d.frame.lines.last!.contains("status: takes done or open"))
        d.press(.escape)
        #expect(d.search == nil)
        d.press(.character("n"))
        #expect(d.message?.text == "No search: / starts one.")
    }

    @Test func hitsFollowChangesWithoutReindexingEverything() {
        let d = DashboardFixture.dashboard()
        d.press(.character("/")); d.type("status:done partner:enscm"); d.press(.enter)
        #expect(d.search?.hits.map(\.id).sorted() == ["me-f1", "me-t1"])
        d.press(.character(" "))  // untick the selected hit: done on another day, so it asks first
        #expect(d.confirm?.confirmLabel == "Untick")
        d.press(.character("y"))
        #expect(d.search?.hits.count == 1)
        d.press(.character("u"))
        #expect(d.search?.hits.count == 2)
    }

    @Test func theIndexBuiltInTheBackgroundTakesInTheChangesMadeMeanwhile() {
        let d = DashboardFixture.dashboard()
        // Changes before the first search, on an open action: a tick, a note, and an untick undone.
        d.selectChecklistRow(.action("uo-s2"))
        let actionID = d.selectedChecklistRow?.itemID
        #expect(actionID.flatMap { d.state.actions[$0] } != nil)
        d.press(.character(" "))
        d.press(.character("N")); d.type("Rencontre zébrée"); d.press(.control("s"))
        d.press(.character(" "))
        d.press(.character("u"))
        #expect(d.state.actions[actionID ?? ""]?.note.hasSuffix("Rencontre zébrée") == true)
        d.press(.character("/")); d.type("zebree")
        #expect(d.search?.hits.map(\.id) == [actionID].compactMap { $0 }, "the note written while the index was being built is found")
    }
}
