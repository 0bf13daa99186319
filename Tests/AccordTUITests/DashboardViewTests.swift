import Testing
@testable import AccordCore
@testable import AccordTUI

@Suite struct DashboardViewTests {
    @Test func startScreen80x24() {
        Golden.check(DashboardFixture.dashboard().frame, "start-80x24")
    }

    @Test func startScreen120x40() {
        Golden.check(DashboardFixture.dashboard(width: 120, height: 40).frame, "start-120x40")
    }

    @Test func checklistAfterATick80x24() {
        let d = DashboardFixture.dashboard()
        d.press(.character("j")); d.press(.character("j"))   // IMT Mines Alès × ENSCM
        d.press(.character("3"))
        for _ in 0..<6 { d.press(.character("j")) }
        d.press(.character(" "))
        Golden.check(d.frame, "tick-80x24")
    }

    @Test func partnerFilter120x40() {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        d.press(.character("1"))
        for _ in 0..<d.partnerRows.firstIndex(of: "univ-lorraine")! { d.press(.character("j")) }
        Golden.check(d.frame, "partner-filter-120x40")
    }

    @Test func helpOverlay80x24() {
        let d = DashboardFixture.dashboard()
        d.press(.character("?"))
        Golden.check(d.frame, "help-80x24")
    }

    @Test func detailsOverlay120x40() {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        d.press(.character("j"))
        d.press(.enter)
        Golden.check(d.frame, "details-120x40")
    }

    @Test func agreementFormWithARefusal80x24() {
        let d = DashboardFixture.dashboard()
        d.press(.character("a"))
        for character in "Convention d'été" { d.press(.character(character)) }
        d.press(.tab)
        for character in "upmc, opt" { d.press(.character(character)) }
        d.press(.tab); d.press(.tab)
        for character in "2025-13-01" { d.press(.character(character)) }
        d.press(.enter)   // refused: the signatory 'opt' is unknown
        Golden.check(d.frame, "form-agreement-80x24")
    }

    @Test func noteForm80x24() {
        let d = DashboardFixture.dashboard()
        d.press(.character("3")); d.press(.character("j"))
        d.press(.character("N"))
        for character in "Rencontre le 3 mars" { d.press(.character(character)) }
        d.press(.enter)
        for character in "Relance en mai — 日本" { d.press(.character(character)) }
        Golden.check(d.frame, "note-80x24")
    }

    @Test func deleteConfirmation80x24() {
        let d = DashboardFixture.dashboard()
        d.press(.character("d"))
        Golden.check(d.frame, "delete-80x24")
    }

    @Test func overview100x30() {
        let d = DashboardFixture.dashboard(width: 100, height: 30)
        d.press(.character("o")); d.press(.character("j"))
        Golden.check(d.frame, "overview-100x30")
    }

    /// Each editing screen, at sizes from the smallest usable to large: what it must show is there
    /// (its box title, or "too small"), and nothing is drawn as a raw control character.
    @Test func everyEditingScreenDrawsAtEverySize() {
        let steps: [(key: Key, shows: String)] = [
            (.character("a"), "New agreement"), (.escape, "Cancelled"), (.character("3"), "3 Checklist"), (.character("j"), "3 Checklist"),
            (.character("N"), "Note"), (.escape, "Cancelled"), (.character("d"), "Delete action?"), (.escape, "Nothing deleted"),
            (.character("o"), "0 Overview"),
        ]
        for (width, height) in [(48, 14), (60, 20), (200, 60), (20, 8), (1, 1)] {
            let d = DashboardFixture.dashboard(width: width, height: height)
            for step in steps {
                d.press(step.key)
                let text = d.frame.text
                if d.layout.isTooSmall {
                    #expect(width < 3 || text.contains("too") , "\(width)×\(height): \(text)")
                } else {
                    #expect(text.contains(step.shows), "\(width)×\(height) after \(step.key.label): no '\(step.shows)'\n\(text)")
                }
            }
        }
    }

    @Test func tooSmall() {
        let d = DashboardFixture.dashboard(width: 40, height: 10)
        #expect(d.frame.text.contains("terminal too small (need 48×14)"))
        Golden.check(DashboardFixture.dashboard(width: 20, height: 8).frame, "too-small-20x8")
    }

    @Test func everySizeDownTo1x1Renders() {
        let d = DashboardFixture.dashboard()
        d.press(.character("3"))
        for width in 1...130 {
            for height in stride(from: 1, through: 45, by: width < 60 ? 1 : 7) {
                d.resize(width: width, height: height)
                let text = d.frame.text
                let usable = width >= DashboardLayout.minimumWidth && height >= DashboardLayout.minimumHeight
                if usable {
                    #expect(text.contains("3 Checklist") && text.contains("Accord ·"), "\(width)×\(height)")
                } else {
                    #expect(!text.contains("3 Checklist"), "\(width)×\(height) draws panes it has no room for")
                }
            }
        }
        d.resize(width: 60, height: 20)
        let usable = d.frame.text
        #expect(usable.contains("1 Partners") && usable.contains("3 Checklist") && usable.contains("Space tick"))
    }

    @Test func selectionIsReverseVideoNotColourAlone() {
        let d = DashboardFixture.dashboard()
        let grid = d.frame
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
        let d = DashboardFixture.dashboard(width: 100, height: 30, store: store)
        d.press(.character("3")); d.press(.character("j"))
        let grid = d.frame
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { SafeText.needsEscape($0) }, "raw control in a cell: \(cell.text.debugDescription)")
        }
        let text = grid.text
        #expect(text.contains("^[[2J<U+202E>gnitset<U+009B>31m"))
        #expect(text.contains("line1^Jline2^MEND"))
        #expect(text.contains("東京大学 🎓"))
    }
}
