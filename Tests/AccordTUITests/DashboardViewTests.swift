import Testing
@testable import AccordCore
@testable import AccordTUI

@Suite struct DashboardViewTests {
    @Test func startScreen80x24() {
        Golden.check(DashboardView.frame(DashboardFixture.dashboard()), "start-80x24")
    }

    @Test func startScreen120x40() {
        Golden.check(DashboardView.frame(DashboardFixture.dashboard(width: 120, height: 40)), "start-120x40")
    }

    @Test func checklistAfterATick80x24() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("j")); d.handle(.character("j"))   // IMT Mines Alès × ENSCM
        d.handle(.character("3"))
        for _ in 0..<6 { d.handle(.character("j")) }
        d.handle(.character(" "))
        Golden.check(DashboardView.frame(d), "tick-80x24")
    }

    @Test func partnerFilter120x40() {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        d.handle(.character("1"))
        for _ in 0..<d.partnerRows.firstIndex(of: "univ-lorraine")! { d.handle(.character("j")) }
        Golden.check(DashboardView.frame(d), "partner-filter-120x40")
    }

    @Test func helpOverlay80x24() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("?"))
        Golden.check(DashboardView.frame(d), "help-80x24")
    }

    @Test func detailsOverlay120x40() {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        d.handle(.character("j"))
        d.handle(.enter)
        Golden.check(DashboardView.frame(d), "details-120x40")
    }

    @Test func agreementFormWithARefusal80x24() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("a"))
        for character in "Convention d'été" { d.handle(.character(character)) }
        d.handle(.tab)
        for character in "upmc, opt" { d.handle(.character(character)) }
        d.handle(.tab); d.handle(.tab)
        for character in "2025-13-01" { d.handle(.character(character)) }
        d.handle(.enter)   // refused: the signatory 'opt' is unknown
        Golden.check(DashboardView.frame(d), "form-agreement-80x24")
    }

    @Test func noteForm80x24() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("3")); d.handle(.character("j"))
        d.handle(.character("N"))
        for character in "Rencontre le 3 mars" { d.handle(.character(character)) }
        d.handle(.enter)
        for character in "Relance en mai — 日本" { d.handle(.character(character)) }
        Golden.check(DashboardView.frame(d), "note-80x24")
    }

    @Test func deleteConfirmation80x24() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("d"))
        Golden.check(DashboardView.frame(d), "delete-80x24")
    }

    @Test func overview100x30() {
        let d = DashboardFixture.dashboard(width: 100, height: 30)
        d.handle(.character("o")); d.handle(.character("j"))
        Golden.check(DashboardView.frame(d), "overview-100x30")
    }

    @Test func everyEditingScreenDrawsAtEverySize() {
        for (width, height) in [(48, 14), (60, 20), (200, 60), (20, 8), (1, 1)] {
            let d = DashboardFixture.dashboard(width: width, height: height)
            for key in [Key.character("a"), .escape, .character("3"), .character("j"), .character("N"), .escape,
                        .character("d"), .escape, .character("o")] {
                d.handle(key)
                let grid = DashboardView.frame(d)
                #expect(grid.width == width && grid.height == height)
            }
        }
    }

    @Test func tooSmall() {
        let d = DashboardFixture.dashboard(width: 40, height: 10)
        #expect(DashboardView.frame(d).text.contains("terminal too small (need 48×14)"))
        Golden.check(DashboardView.frame(DashboardFixture.dashboard(width: 20, height: 8)), "too-small-20x8")
    }

    @Test func everySizeDownTo1x1Renders() {
        let d = DashboardFixture.dashboard()
        d.handle(.character("3"))
        for width in 1...130 {
            for height in stride(from: 1, through: 45, by: width < 60 ? 1 : 7) {
                d.resize(width: width, height: height)
                let grid = DashboardView.frame(d)
                #expect(grid.width == width && grid.height == height)
            }
        }
        d.resize(width: 60, height: 20)
        let usable = DashboardView.frame(d).text
        #expect(usable.contains("1 Partners") && usable.contains("3 Checklist") && usable.contains("Space tick"))
    }

    @Test func selectionIsReverseVideoNotColourAlone() {
        let d = DashboardFixture.dashboard()
        let grid = DashboardView.frame(d)
        let rect = d.layout.pane(.agreements)
        let titleRow = grid.styleRuns(row: rect.y + 1)
        #expect(titleRow.contains { $0.contains("+reverse") })
        let unselected = grid.styleRuns(row: rect.y + 3)
        #expect(!unselected.contains { $0.contains("+reverse") })
    }

    @Test func hostileTextIsEscapedOnScreen() throws {
        var ledger = Ledger()
        try ledger.apply(.change, Change(label: "hostile", events: [
            .partnerCreated(Partner(id: "p1", name: "Evil\u{1B}]52;c;aGk=\u{7}Corp", kind: .company, rank: 50)),
            .partnerCreated(Partner(id: "p2", name: "東京大学 🎓", kind: .university, rank: 51)),
            .agreementCreated(Agreement(id: "ag", title: "\u{1B}[2J\u{202E}gnitset\u{9B}31m", signatories: ["p1", "p2"], rank: 52)),
            .commitmentCreated(Commitment(id: "c", agreementID: "ag", categoryID: "internships", title: "Café\u{0}", rank: 53)),
            .actionCreated(Action(id: "a", commitmentID: "c", title: "line1\nline2\rEND", note: "x\u{1B}[0m", rank: 54)),
        ]))
        let store = Store(ledger: ledger, journal: nil, now: DashboardFixture.now)
        let d = Dashboard(store: store, width: 100, height: 30)
        d.handle(.character("3")); d.handle(.character("j"))
        let grid = DashboardView.frame(d)
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { SafeText.needsEscape($0) }, "raw control in a cell: \(cell.text.debugDescription)")
        }
        let text = grid.text
        #expect(text.contains("^[[2J<U+202E>gnitset<U+009B>31m"))
        #expect(text.contains("line1^Jline2^MEND"))
        #expect(text.contains("東京大学 🎓"))
    }
}
