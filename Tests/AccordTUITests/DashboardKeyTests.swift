import Testing
@testable import AccordCore
@testable import AccordTUI

@Suite struct DashboardKeyTests {
    @Test func paneFocusKeys() {
        let d = DashboardFixture.dashboard()
        #expect(d.focus == .agreements)
        d.press(.tab); #expect(d.focus == .checklist)
        d.press(.tab); #expect(d.focus == .partners)
        d.press(.backTab); #expect(d.focus == .checklist)
        d.press(.character("1")); #expect(d.focus == .partners)
        d.press(.character("3")); #expect(d.focus == .checklist)
        d.press(.character("h")); #expect(d.focus == .agreements)
        d.press(.left); #expect(d.focus == .partners)
        d.press(.left); #expect(d.focus == .partners)
        d.press(.character("l")); #expect(d.focus == .agreements)
        d.press(.right); #expect(d.focus == .checklist)
        d.press(.character("2")); #expect(d.focus == .agreements)
    }

    @Test func movingThroughAgreementsChangesTheChecklist() {
        let d = DashboardFixture.dashboard()
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
        d.press(.character("j"))
        #expect(d.selectedAgreementID == "upec-gosb")
        #expect(d.checklistRows.first == .category("joint-training"))
        #expect(d.selectedChecklistRow == .commitment("ug-campus"), "the first commitment, under its heading")
        d.press(.down); d.press(.down)
        #expect(d.selectedAgreementID == "uimm-ul")
        d.press(.character("k"))
        #expect(d.selectedAgreementID == "mines-ales-enscm")
        d.press(.up)
        #expect(d.selectedAgreementID == "upec-gosb")
        d.press(.character("G"))
        #expect(d.selectedAgreementID == "cite-settat-mnc")
        d.press(.home)
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
        d.press(.end)
        #expect(d.selectedAgreementID == "cite-settat-mnc")
        d.press(.character("g"))
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
    }

    @Test func selectingAPartnerFiltersTheAgreements() {
        let d = DashboardFixture.dashboard()
        d.press(.character("1"))
        #expect(d.agreementRows.count == 5)
        let enscm = d.partnerRows.firstIndex(of: "enscm")!
        for _ in 0..<enscm { d.press(.character("j")) }
        #expect(d.selectedPartnerID == "enscm")
        #expect(d.agreementRows == ["mines-ales-enscm"])
        #expect(d.checklistRows.contains(.commitment("me-incubateur")))
        d.press(.character("g"))
        #expect(d.selectedPartnerID == nil && d.agreementRows.count == 5)
    }

    @Test func checklistMovementSkipsCategoryHeadings() {
        let d = DashboardFixture.dashboard()
        d.press(.character("3"))
        #expect(d.checklistRows.first == .category("internships"))
        #expect(d.selectedChecklistRow == .commitment("uo-stages"))
        d.press(.character("k"))
        #expect(d.selectedChecklistRow == .commitment("uo-stages"), "cannot land on the heading above")
        d.press(.character("j")); d.press(.character("j")); d.press(.character("j"))
        #expect(d.selectedChecklistRow == .commitment("uo-experts"), "the joint-training heading was skipped")
        d.press(.character("G"))
        #expect(d.selectedChecklistRow == .action("uo-c1"), "governance is the last category")
        d.press(.pageUp)
        #expect(d.selectedChecklistRow?.isSelectable == true)
        #expect(d.paneState(.checklist).selection < d.checklistRows.count - 10)
        d.press(.pageDown); d.press(.pageDown)
        #expect(d.selectedChecklistRow == .action("uo-c1"))
    }

    @Test func spaceAndXTickAndUntickThroughTheStore() {
        let d = DashboardFixture.dashboard()
        d.press(.character("3"))
        d.press(.character("j")); d.press(.character("j"))
        #expect(d.selectedChecklistRow == .action("uo-s2"))
        d.press(.character(" "))
        #expect(d.state.actions["uo-s2"]?.doneOn == Day("2026-11-22"))
        #expect(d.message == StatusMessage("Ticked 'Suivre le nombre de stagiaires accueillis chez les adhérents'", tail: "u to undo"))
        d.press(.character("x"))
        #expect(d.state.actions["uo-s2"]?.isDone == false)
        #expect(d.message?.text.hasPrefix("Unticked 'Suivre") == true)
        d.press(.character("u"))
        #expect(d.state.actions["uo-s2"]?.isDone == true)
        #expect(d.message?.text.hasPrefix("Undid: Unticked 'Suivre") == true)
        #expect(d.message?.tail == "Ctrl-R to redo")
        d.press(.control("r"))
        #expect(d.state.actions["uo-s2"]?.isDone == false)
        #expect(d.message?.text.hasPrefix("Redid: Unticked") == true)
    }

    @Test func tickingOutsideAnActionSaysWhatToDo() {
        let d = DashboardFixture.dashboard()
        let before = d.state
        d.press(.character(" "))
        #expect(d.state == before)
        #expect(d.message?.text == "Select an action in the Checklist (3) to tick it.")
        d.press(.character("3")); d.press(.character(" "))
        #expect(d.state == before, "a commitment row is not ticked")
    }

    @Test func undoWithNothingToUndoSaysSo() {
        let d = DashboardFixture.dashboard()
        d.press(.character("u"))
        #expect(d.message?.text == "Nothing to undo.")
        d.press(.control("r"))
        #expect(d.message?.text == "Nothing to redo.")
    }

    @Test func helpAndDetailsOverlaysOpenAndClose() {
        let d = DashboardFixture.dashboard()
        d.press(.character("?"))
        #expect(d.model.mode == .help(scroll: 0, over: .panes))
        d.press(.character("j"))
        #expect(d.model.mode == .help(scroll: 1, over: .panes))
        #expect(d.focus == .agreements && d.selectedAgreementID == "upmc-opticsvalley", "keys go to the overlay")
        d.press(.escape)
        #expect(d.model.mode == .panes)
        d.press(.enter)
        #expect(d.model.mode == .details(id: "upmc-opticsvalley", scroll: 0))
        d.press(.enter)
        #expect(d.model.mode == .panes)
    }

    @Test func qAndCtrlCQuit() {
        let d = DashboardFixture.dashboard()
        d.press(.character("q"))
        #expect(d.shouldQuit)
        let e = DashboardFixture.dashboard()
        e.press(.control("c"))
        #expect(e.shouldQuit)
        let f = DashboardFixture.dashboard()
        f.press(.character("?")); f.press(.control("c"))
        #expect(f.shouldQuit)
    }

    @Test func ctrlLAsksForAFullRedraw() {
        let d = DashboardFixture.dashboard()
        d.needsFullRedraw = false
        d.press(.control("l"))
        #expect(d.needsFullRedraw)
    }

    @Test func aClickSelectsAndFocusesAndTheWheelScrollsWithoutFocusing() {
        let d = DashboardFixture.dashboard()
        let partners = d.layout.pane(.partners)
        d.press(.mouse(MouseEvent(.press, x: partners.x + 3, y: partners.y + 3)))
        #expect(d.focus == .partners)
        #expect(d.selectedPartnerID == d.partnerRows[2])
        let agreements = d.layout.pane(.agreements)
        d.press(.mouse(MouseEvent(.press, x: agreements.x + 5, y: agreements.y + 1)))
        #expect(d.focus == .agreements)
        d.press(.mouse(MouseEvent(.wheelDown, x: partners.x + 2, y: partners.y + 2)))
        #expect(d.paneState(.partners).selection == 5, "the wheel moves the pane under it")
        #expect(d.focus == .agreements, "and leaves the focus where it was")
    }

    @Test func aClickOnACheckboxTicksAsSpaceDoes() throws {
        let d = DashboardFixture.dashboard()
        let checklist = d.layout.pane(.checklist)
        let row = try #require(d.model.checklistRows.firstIndex(of: .action("uo-s2")))
        let y = checklist.y + 1 + row - d.paneState(.checklist).scroll
        // A click on the title selects; one on the box ticks.
        d.press(.mouse(MouseEvent(.press, x: checklist.x + 10, y: y)))
        #expect(d.selectedChecklistRow == .action("uo-s2") && d.state.actions["uo-s2"]?.isDone == false)
        d.press(.mouse(MouseEvent(.press, x: checklist.x + 4, y: y)))
        #expect(d.state.actions["uo-s2"]?.doneOn == d.model.today)
        d.press(.mouse(MouseEvent(.press, x: checklist.x + 4, y: y)))
        #expect(d.state.actions["uo-s2"]?.isDone == false, "a second click unticks (done today: no question)")
        // On an action done on another day, the click asks first, as Space does.
        let old = try #require(d.model.checklistRows.firstIndex(of: .action("uo-s1")))
        d.press(.mouse(MouseEvent(.press, x: checklist.x + 4, y: checklist.y + 1 + old - d.paneState(.checklist).scroll)))
        #expect(d.confirm != nil && d.state.actions["uo-s1"]?.isDone == true)
    }

    @Test func withoutMouseClicksAreIgnored() {
        let d = DashboardFixture.dashboard(mouseEnabled: false)
        let partners = d.layout.pane(.partners)
        d.press(.mouse(MouseEvent(.press, x: partners.x + 3, y: partners.y + 3)))
        #expect(d.focus == .agreements)
    }

    @Test func theStatusBarShowsThePanesHints() {
        let d = DashboardFixture.dashboard(width: 120, height: 30)
        let status = d.frame.lines.last!
        let hints = Bindings.panes.hints(in: d.model).map(\.text)
        #expect(hints == ["j/k move", "Space tick", "a add", "u undo", "/ search", "o overview", "? help", "q quit"])
        for hint in hints { #expect(status.contains(hint), "status bar lacks \(hint)") }
    }
}

@Suite struct DashboardTotalsTests {
    @Test func totalsFollowTicksUndoAndRedoAndMatchTheState() {
        let d = DashboardFixture.dashboard()
        func fresh() -> Int { d.state.actions.values.filter(\.isDone).count }
        d.press(.character("3")); d.press(.character("j")); d.press(.character("j"))
        d.press(.character(" "))
        #expect(d.totals.actions.done == fresh() && d.totals.actions.done == 14)
        d.press(.character(" "))
        #expect(d.totals.actions.done == fresh() && d.totals.actions.done == 13)
        d.press(.character("u"))
        #expect(d.totals.actions.done == fresh())
        d.press(.control("r"))
        #expect(d.totals.actions.done == fresh())
        #expect(d.totals.actions.total == d.state.actions.count)
    }
}

@Suite struct EmptyDashboardTests {
    @Test func everyKeyWorksWithNoDataAtAll() {
        let store = Store(ledger: Ledger(), journal: nil, now: DashboardFixture.now)
        let d = DashboardFixture.dashboard(store: store)
        let keys = Bindings.panes.bindings.flatMap(\.keys).filter { $0 != .character("q") && $0 != .control("c") }
        for key in keys + [.mouse(MouseEvent(.press, x: 30, y: 3)), .mouse(MouseEvent(.wheelDown, x: 60, y: 5)), .escape] {
            d.press(key)
            while d.model.mode != .panes { d.press(.escape) }
            _ = d.frame
        }
        // L was among the keys: the dashboard speaks French, where 0 is singular.
        #expect(d.model.language == .fr)
        let french = d.frame.text
        #expect(french.contains("Aucune convention"))
        #expect(french.contains("0 convention · 0/0 actions faites"))
        d.press(.character("L"))
        let screen = d.frame.text
        #expect(screen.contains("No agreement"))
        #expect(screen.contains("0 agreements · 0/0 actions done"))
        d.press(.character("3")); d.press(.character(" "))
        #expect(d.message?.text == "Select an action in the Checklist (3) to tick it.")
        #expect(!d.shouldQuit)
    }
}
