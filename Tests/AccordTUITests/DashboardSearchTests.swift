import Testing
@testable import AccordCore
@testable import AccordTUI

@Suite struct DashboardSearchTests {
    private func type(_ text: String, into d: Dashboard) {
        for c in text { d.handle(.character(c)) }
    }

    @Test func slashOpensALineThatSearchesAtEachKeystroke() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("/"))
        #expect(d.search?.editing == true)
        #expect(DashboardView.frame(d).lines.last!.contains("type to search"))
        type("h", into: d)
        let afterOne = d.search!.hits.count
        type("andicap", into: d)
        #expect(d.search!.hits.count == 5 && afterOne > 5)
        #expect(DashboardView.frame(d).lines.last!.hasPrefix("/handicap█"))
        #expect(DashboardView.frame(d).lines.last!.contains("5 hits"))
        #expect(d.focus == .agreements, "typing j or k goes to the line, not the panes")
        d.handle(.backspace); d.handle(.backspace)
        #expect(d.search?.text == "handic")
        d.handle(.control("u"))
        #expect(d.search?.text == "")
        type("stage upmc", into: d)
        d.handle(.control("w"))
        #expect(d.search?.text == "stage ")
    }

    @Test func enterJumpsToTheFirstHitAndNStepsThroughThem() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("/")); type("handicap", into: d); d.handle(.enter)
        #expect(d.search?.editing == false)
        #expect(d.focus == .checklist)
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
        #expect(d.selectedPartnerID == nil, "All partners shows the agreement: the filter stays")
        #expect(d.selectedChecklistRow == .commitment("uo-handicap"))
        #expect(DashboardView.frame(d).lines.last!.hasPrefix(" 1/5  commitment: Intégration des étudiants"))
        d.handle(.character("n"))
        #expect(d.selectedChecklistRow == .action("uo-h1"))
        #expect(DashboardView.frame(d).lines.last!.hasPrefix(" 2/5"))
        d.handle(.character("p")); d.handle(.character("p"))
        #expect(d.search?.current == 4, "p wraps around to the last hit")
        d.handle(.escape)
        #expect(d.search == nil)
    }

    @Test func hitsAcrossPanesSelectTheirPartnerAndAgreement() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("/")); type("ENSCM incubateur", into: d); d.handle(.enter)
        #expect(d.selectedAgreementID == "mines-ales-enscm")
        #expect(d.focus == .agreements)
        d.handle(.character("/")); type("Matériaupôle", into: d); d.handle(.enter)
        #expect(d.focus == .partners && d.selectedPartnerID == "materiaupole")
    }

    @Test func matchesAreHighlightedInThePanes() {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        d.handle(.character("/")); type("universite", into: d)
        let grid = DashboardView.frame(d)
        let agreements = d.layout.pane(.agreements)
        let titleRow = try! #require((agreements.y..<agreements.maxY).first { grid.lines[$0].contains("Université de Lorraine") || grid.lines[$0].contains("UIMM Lorraine × Universit") })
        #expect(grid.styleRuns(row: titleRow).contains { $0.hasSuffix("searchMatch") })
        let plain = (agreements.y..<agreements.maxY).first { grid.lines[$0].contains("IMT Mines Alès × ENSCM") }!
        #expect(!grid.styleRuns(row: plain).contains { $0.contains("searchMatch") }, "no match, no highlight")
    }

    @Test func noMatchAndBadQueriesSaySo() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("/")); type("zzzz", into: d)
        #expect(DashboardView.frame(d).lines.last!.contains("no match"))
        d.handle(.enter)
        #expect(d.search?.current == nil)
        d.handle(.character("n"))
        #expect(d.message?.text == "No match.")
        d.handle(.character("/")); type("status:maybe", into: d)
        #expect(DashboardView.frame(d).lines.last!.contains("status: takes done or open"))
        d.handle(.escape)
        #expect(d.search == nil)
        d.handle(.character("n"))
        #expect(d.message?.text == "No search: / starts one.")
    }

    @Test func hitsFollowChangesWithoutReindexingEverything() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("/")); type("status:done partner:enscm", into: d); d.handle(.enter)
        #expect(d.search?.hits.map(\.id).sorted() == ["me-f1", "me-t1"])
        d.handle(.character(" "))  // untick the selected hit
        #expect(d.search?.hits.count == 1)
        d.handle(.character("u"))
        #expect(d.search?.hits.count == 2)
        #expect(d.searchIndex == SearchIndex(d.state))
    }

    @Test func theIndexBuiltInTheBackgroundTakesInTheChangesMadeMeanwhile() {
        let d = DashboardFixture.dashboard()
        d.prepareSearchIndex()
        #expect(d.pendingIndex != nil && d.searchIndex == nil)
        // Changes before the first search, on an action: a tick, a note, and an untick undone.
        d.handle(.character("3"))
        d.handle(.character("j"))
        let actionID = d.selectedChecklistRow?.itemID
        #expect(actionID.flatMap { d.state.actions[$0] } != nil)
        d.handle(.character(" "))
        d.handle(.character("N")); type("Rencontre zébrée", into: d); d.handle(.control("s"))
        d.handle(.character(" "))
        d.handle(.character("u"))
        #expect(d.state.actions[actionID ?? ""]?.note.hasSuffix("Rencontre zébrée") == true)
        #expect(d.pendingIndex != nil || d.searchIndex != nil)
        d.handle(.character("/")); type("zebree", into: d)
        #expect(d.pendingIndex == nil && d.changedWhileIndexing.isEmpty)
        #expect(d.searchIndex == SearchIndex(d.state))
        #expect(d.search?.hits.map(\.id) == [actionID].compactMap { $0 }, "the note written while the index was being built is found")
    }
}
