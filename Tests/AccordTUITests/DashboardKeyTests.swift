import Testing
@testable import AccordCore
@testable import AccordTUI

@Suite struct DashboardKeyTests {
    @Test func paneFocusKeys() {
        let d = DashboardFixture.dashboard()
        #expect(d.focus == .agreements)
        d.handle(.tab); #expect(d.focus == .checklist)
        d.handle(.tab); #expect(d.focus == .partners)
        d.handle(.backTab); #expect(d.focus == .checklist)
        d.handle(.character("1")); #expect(d.focus == .partners)
        d.handle(.character("3")); #expect(d.focus == .checklist)
        d.handle(.character("h")); #expect(d.focus == .agreements)
        d.handle(.left); #expect(d.focus == .partners)
        d.handle(.left); #expect(d.focus == .partners)
        d.handle(.character("l")); #expect(d.focus == .agreements)
        d.handle(.right); #expect(d.focus == .checklist)
        d.handle(.character("2")); #expect(d.focus == .agreements)
    }

    @Test func movingThroughAgreementsChangesTheChecklist() {
        let d = DashboardFixture.dashboard()
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
        d.handle(.character("j"))
        #expect(d.selectedAgreementID == "upec-gosb")
        #expect(d.selectedChecklistRow == .commitment("ug-campus") || d.checklistRows.first == .category("joint-training"))
        d.handle(.down); d.handle(.down)
        #expect(d.selectedAgreementID == "uimm-ul")
        d.handle(.character("k")); d.handle(.up)
        #expect(d.selectedAgreementID == "upec-gosb" || d.selectedAgreementID == "upmc-opticsvalley")
        d.handle(.character("G"))
        #expect(d.selectedAgreementID == "cite-settat-mnc")
        d.handle(.home)
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
        d.handle(.end)
        #expect(d.selectedAgreementID == "cite-settat-mnc")
        d.handle(.character("g"))
        #expect(d.selectedAgreementID == "upmc-opticsvalley")
    }

    @Test func selectingAPartnerFiltersTheAgreements() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("1"))
        #expect(d.agreementRows.count == 5)
        let enscm = d.partnerRows.firstIndex(of: "enscm")!
        for _ in 0..<enscm { d.handle(.character("j")) }
        #expect(d.selectedPartnerID == "enscm")
        #expect(d.agreementRows == ["mines-ales-enscm"])
        #expect(d.checklistRows.contains(.commitment("me-incubateur")))
        d.handle(.character("g"))
        #expect(d.selectedPartnerID == nil && d.agreementRows.count == 5)
    }

    @Test func checklistMovementSkipsCategoryHeadings() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("3"))
        #expect(d.checklistRows.first == .category("internships"))
        #expect(d.selectedChecklistRow == .commitment("uo-stages"))
        d.handle(.character("k"))
        #expect(d.selectedChecklistRow == .commitment("uo-stages"), "cannot land on the heading above")
        d.handle(.character("j")); d.handle(.character("j")); d.handle(.character("j"))
        #expect(d.selectedChecklistRow == .commitment("uo-experts"), "the joint-training heading was skipped")
        d.handle(.character("G"))
        #expect(d.selectedChecklistRow == .action("uo-c1"), "governance is the last category")
        d.handle(.pageUp)
        #expect(d.selectedChecklistRow?.isSelectable == true)
        #expect(d.paneState(.checklist).selection < d.checklistRows.count - 10)
        d.handle(.pageDown); d.handle(.pageDown)
        #expect(d.selectedChecklistRow == .action("uo-c1"))
    }

    @Test func spaceAndXTickAndUntickThroughTheStore() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("3"))
        d.handle(.character("j")); d.handle(.character("j"))
        #expect(d.selectedChecklistRow == .action("uo-s2"))
        d.handle(.character(" "))
        #expect(d.state.actions["uo-s2"]?.doneOn == Day("2026-11-22"))
        #expect(d.message?.text == "Ticked 'Suivre le nombre de stagiaires accueillis chez les adhérents' — u to undo")
        d.handle(.character("x"))
        #expect(d.state.actions["uo-s2"]?.isDone == false)
        #expect(d.message?.text.hasPrefix("Unticked 'Suivre") == true)
        d.handle(.character("u"))
        #expect(d.state.actions["uo-s2"]?.isDone == true)
        #expect(d.message?.text.hasPrefix("Undid: Unticked 'Suivre") == true)
        #expect(d.message?.text.hasSuffix("Ctrl-R to redo") == true)
        d.handle(.control("r"))
        #expect(d.state.actions["uo-s2"]?.isDone == false)
        #expect(d.message?.text.hasPrefix("Redid: Unticked") == true)
    }

    @Test func tickingOutsideAnActionSaysWhatToDo() {
        let d = DashboardFixture.dashboard()
        let before = d.state
        d.handle(.character(" "))
        #expect(d.state == before)
        #expect(d.message?.text == "Select an action in the Checklist (3) to tick it.")
        d.handle(.character("3")); d.handle(.character(" "))
        #expect(d.state == before, "a commitment row is not ticked")
    }

    @Test func undoWithNothingToUndoSaysSo() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("u"))
        #expect(d.message?.text == "Nothing to undo.")
        d.handle(.control("r"))
        #expect(d.message?.text == "Nothing to redo.")
    }

    @Test func helpAndDetailsOverlaysOpenAndClose() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("?"))
        #expect(d.overlay == .help(scroll: 0))
        d.handle(.character("j"))
        #expect(d.overlay == .help(scroll: 1))
        #expect(d.focus == .agreements && d.selectedAgreementID == "upmc-opticsvalley", "keys go to the overlay")
        d.handle(.escape)
        #expect(d.overlay == nil)
        d.handle(.enter)
        #expect(d.overlay == .details(id: "upmc-opticsvalley", scroll: 0))
        d.handle(.enter)
        #expect(d.overlay == nil)
    }

    @Test func qAndCtrlCQuit() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("q"))
        #expect(d.shouldQuit)
        let e = DashboardFixture.dashboard()
        e.handle(.control("c"))
        #expect(e.shouldQuit)
        let f = DashboardFixture.dashboard()
        f.handle(.character("?")); f.handle(.control("c"))
        #expect(f.shouldQuit)
    }

    @Test func ctrlLAsksForAFullRedraw() {
        let d = DashboardFixture.dashboard()
        d.needsFullRedraw = false
        d.handle(.control("l"))
        #expect(d.needsFullRedraw)
    }

    @Test func aClickSelectsAndFocusesAndTheWheelScrolls() {
        let d = DashboardFixture.dashboard()
        let partners = d.layout.pane(.partners)
        d.handle(.mouse(MouseEvent(.press, x: partners.x + 3, y: partners.y + 3)))
        #expect(d.focus == .partners)
        #expect(d.selectedPartnerID == d.partnerRows[2])
        let agreements = d.layout.pane(.agreements)
        d.handle(.mouse(MouseEvent(.press, x: agreements.x + 5, y: agreements.y + 1)))
        #expect(d.focus == .agreements)
        d.handle(.mouse(MouseEvent(.wheelDown, x: partners.x + 2, y: partners.y + 2)))
        #expect(d.focus == .partners && d.paneState(.partners).selection == 5)
    }

    @Test func withoutMouseClicksAreIgnored() {
        let d = Dashboard(store: DashboardFixture.sampleStore(), width: 80, height: 24, mouseEnabled: false)
        let partners = d.layout.pane(.partners)
        d.handle(.mouse(MouseEvent(.press, x: partners.x + 3, y: partners.y + 3)))
        #expect(d.focus == .agreements)
    }

    @Test func theHelpListsEveryBindingOfTheTable() {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        d.handle(.character("?"))
        let screen = DashboardView.frame(d).text
        for binding in KeyBinding.dashboard {
            #expect(screen.contains(binding.keyLabel), "help lacks \(binding.keyLabel)")
            #expect(screen.contains(binding.description), "help lacks \(binding.description)")
        }
        for binding in KeyBinding.dashboard {
            for key in binding.keys where key != .backTab {
                #expect(KeyMap().action(for: key) == binding.action, "\(key.label) is not wired to its row")
            }
        }
        #expect(KeyMap().action(for: .backTab) == .focusPrevious)
    }

    @Test func theStatusBarShowsTheTableHints() {
        let d = DashboardFixture.dashboard(width: 120, height: 30)
        let status = DashboardView.frame(d).lines.last!
        for hint in KeyMap().hints { #expect(status.contains(hint), "status bar lacks \(hint)") }
    }
}

@Suite struct DashboardTotalsTests {
    @Test func totalsFollowTicksUndoAndRedoAndMatchTheState() {
        let d = DashboardFixture.dashboard()
        func fresh() -> Int { d.state.actions.values.filter(\.isDone).count }
        d.handle(.character("3")); d.handle(.character("j")); d.handle(.character("j"))
        d.handle(.character(" "))
        #expect(d.totals.done == fresh() && d.totals.done == 14)
        d.handle(.character(" "))
        #expect(d.totals.done == fresh() && d.totals.done == 13)
        d.handle(.character("u"))
        #expect(d.totals.done == fresh())
        d.handle(.control("r"))
        #expect(d.totals.done == fresh())
        #expect(d.totals.total == d.state.actions.count)
    }
}

@Suite struct EmptyDashboardTests {
    @Test func everyKeyWorksWithNoDataAtAll() {
        let store = Store(ledger: Ledger(), journal: nil, now: DashboardFixture.now)
        let d = Dashboard(store: store, width: 80, height: 24)
        let keys = KeyBinding.dashboard.flatMap(\.keys).filter { $0 != .character("q") && $0 != .control("c") }
        for key in keys + [.mouse(MouseEvent(.press, x: 30, y: 3)), .mouse(MouseEvent(.wheelDown, x: 60, y: 5)), .escape] {
            d.handle(key)
            if d.search?.editing == true { d.handle(.escape) }
            if d.overlay != nil { d.handle(.escape) }
            _ = DashboardView.frame(d)
        }
        let screen = DashboardView.frame(d).text
        #expect(screen.contains("No agreement"))
        #expect(screen.contains("0 agreements · 0/0 actions done"))
        d.handle(.character("3")); d.handle(.character(" "))
        #expect(d.message?.text == "Select an action in the Checklist (3) to tick it.")
        #expect(!d.shouldQuit)
    }
}
