import Testing
@testable import AccordCore
@testable import AccordTUI

/// Each pane drawn alone from its view-model on a small grid, the expected lines written out.
@Suite struct PaneViewTests {
    @Test func partnersPane() {
        let pane = PaneModel<PartnerRow>(title: "1 Partners", focused: false, rows: [
            .init(name: "All partners", count: 5, isAll: true, selected: true),
            .init(name: "UPMC", count: 1),
            .init(name: "Université de Lorraine", count: 12),
        ], footer: "1/31")
        #expect(drawn(20, 5) { PartnersPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 20, height: 5)) } == [
            "┌ 1 Partners ──────┐",
            "│›All partners    5│",
            "│ UPMC            1│",
            "│ Université de… 12│",
            "└─────────── 1/31 ─┘",
        ])
    }

    @Test func partnersPaneFocusedShowsTheSelectionInReverse() {
        let pane = PaneModel<PartnerRow>(title: "1 Partners", focused: true, rows: [.init(name: "UPMC", count: 1, selected: true), .init(name: "X", count: 2)],
                                     footer: nil)
        let grid = drawnGrid(14, 4) { PartnersPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 14, height: 4)) }
        #expect(grid.lines == ["┌ 1 Partners ┐", "│ UPMC      1│", "│ X         2│", "└────────────┘"])
        #expect(grid.styleRuns(row: 1) == ["0-0 borderFocused", "1-10 normal+reverse", "11-12 dim+reverse", "13-13 borderFocused"])
        #expect(grid.styleRuns(row: 2) == ["0-0 borderFocused", "1-10 normal", "11-12 dim", "13-13 borderFocused"])
    }

    @Test func agreementsPane() {
        let pane = PaneModel<AgreementRow>(title: "2 Agreements", focused: true, rows: [
            .init(title: "UPMC × Opticsvalley", progress: Progress(done: 3, total: 11), signed: Day("2010-11-18"),
                  partners: "UPMC · Opticsvalley", selected: true),
            .init(title: "UPEC × GOSB", progress: Progress(done: 3, total: 16), note: .late(1), partners: "UPEC · GOSB"),
            .init(title: "Ancienne", progress: Progress(done: 0, total: 2), note: .expired, expired: true),
        ], footer: "1/3", rowHeight: 2)
        let grid = drawnGrid(40, 8) { AgreementsPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 40, height: 8)) }
        #expect(grid.lines == [
            "┌ 2 Agreements ────────────────────────┐",
            "│  UPMC × Opticsvalley                 │",
            "│     ▓▓▓▓▓▓▓ 3/11  2010-11-18  UPMC ·…│",  // selected: the bar reversed, glyphs swapped
            "│! UPEC × GOSB                         │",
            "│  ██░░░░░░░░ 3/16  !1 late  UPEC · GO…│",
            "│  Ancienne                            │",
            "│  ░░░░░░░░░░ 0/2  expired             │",
            "└──────────────────────────────── 1/3 ─┘",
        ])
        #expect(grid.styleRuns(row: 1).contains("3-21 commitment+reverse"), "the selected row in reverse")
        #expect(grid.styleRuns(row: 2).allSatisfy { $0.hasPrefix("0-0") || $0.hasPrefix("39-39") || $0.hasSuffix("+reverse") },
                "the selected agreement's second line is highlighted whole, bar included: \(grid.styleRuns(row: 2))")
        #expect(grid.cursor == CursorPosition(x: 3, y: 1), "the cursor on the selected agreement's title")
        #expect(grid.styleRuns(row: 3).first { $0.hasPrefix("1-1") } == "1-1 overdue", "late: ! in the overdue colour")
        #expect(grid.styleRuns(row: 5).contains { $0.contains("dim") && $0.hasPrefix("3-") }, "an expired title is dimmed")
    }

    @Test func agreementsPaneWithNoAgreement() {
        let pane = PaneModel<AgreementRow>(title: "2 Agreements", focused: false, rows: [], footer: nil, emptyText: " No agreement")
        #expect(drawn(20, 3) { AgreementsPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 20, height: 3)) } == [
            "┌ 2 Agreements ────┐",
            "│ No agreement     │",
            "└──────────────────┘",
        ])
    }

    @Test func checklistPane() {
        let pane = PaneModel<ChecklistLine>(title: "3 Checklist", focused: true, rows: [
            .category(name: "Internships"),
            .commitment(title: "Orienter les étudiants", progress: Progress(done: 1, total: 2), late: false, selected: false),
            .action(title: "Diffuser les offres", done: true, dates: ["2011-01-17", "2011-01", ""], dateRole: .checkboxDone, selected: true),
            .action(title: "Suivre", done: false, dates: ["! late 2024-06-30", "! late", "!"], dateRole: .overdue, selected: false),
            .commitment(title: "Forum", progress: Progress(done: 0, total: 0), late: true, selected: false),
        ], footer: "1/2 done")
        let grid = drawnGrid(42, 7) { ChecklistPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 42, height: 7)) }
        #expect(grid.lines == [
            "┌ 3 Checklist ───────────────────────────┐",
            "│── Internships ─────────────────────────│",
            "│ Orienter les étudiants              1/2│",
            "│  [x] Diffuser les offres     2011-01-17│",
            "│  [ ] Suivre           ! late 2024-06-30│",
            "│ Forum                        ! late 0/0│",
            "└───────────────────────────── 1/2 done ─┘",
        ])
        #expect(grid.styleRuns(row: 3).contains("3-5 checkboxDone+reverse"))
        #expect(grid.styleRuns(row: 5).last { $0.contains("overdue") } != nil, "a late commitment says so in the overdue colour")
    }

    @Test func aLongTitleTakesTheRoomBeforeTheDateDoes() {
        let title = "Diffuser les offres de stage des adhérents aux étudiants"
        let pane = PaneModel<ChecklistLine>(title: "3 Checklist", focused: false, rows: [
            .action(title: title, done: true, dates: ["2011-01-17", "2011-01", ""], dateRole: .checkboxDone, selected: false),
            .action(title: "Suivre", done: false, dates: ["due 2027-06-30", "2027-06-30", "2027-06", ""], dateRole: .dim, selected: false),
            .action(title: title, done: false, dates: ["! late 2024-06-30", "! late", "!"], dateRole: .overdue, selected: false),
        ], footer: nil)
        // 18 columns (the checklist at 52): no date fits beside a readable title; the title gets every column.
        let narrow = drawn(20, 5) { ChecklistPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 20, height: 5)) }
        #expect(narrow[1] == "│  [x] Diffuser le…│")
        #expect(narrow[2] == "│  [ ] Suivre      │", "no date form fits beside 'Suivre' in 12 columns: \(narrow[2])")
        #expect(narrow[3] == "│  [ ] Diffuser … !│", "an overdue action keeps its mark")
        // 40 columns: the short title keeps its whole date; a long one gets 28 columns first.
        let wide = drawn(42, 5) { ChecklistPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 42, height: 5)) }
        #expect(wide[1] == "│  [x] Diffuser les offres de stage des …│")
        #expect(wide[2] == "│  [ ] Suivre              due 2027-06-30│")
        #expect(wide[3] == "│  [ ] Diffuser les offres de stage de… !│")
    }

    @Test func theLayoutGivesTheChecklistAndTheDetailsTheRoom() {
        let small = DashboardLayout(width: 80, height: 24)
        #expect(small.pane(.checklist).width >= 35, "action titles get room at 80 columns")
        #expect(small.detail.height == 6)
        let large = DashboardLayout(width: 200, height: 50)
        #expect(large.pane(.partners).width == 30 && large.pane(.agreements).width == 74)
        #expect(large.pane(.checklist).width == 96)
        #expect(large.detail.height == 12, "a tall screen shows more details")
        #expect(large.agreementRowHeight == 3 && small.agreementRowHeight == 2)
        // Panes that hold fewer rows than the screen has give them to the details.
        let short = DashboardLayout(width: 200, height: 50, content: PaneContent(partners: 12, agreements: 4, checklist: 20))
        #expect(short.pane(.checklist).height == 24 && short.detail.height == 24, "down to half the screen")
        let full = DashboardLayout(width: 200, height: 50, content: PaneContent(partners: 900, agreements: 400, checklist: 20))
        #expect(full.detail.height == 12)
        #expect(DashboardLayout(width: 80, height: 24, accessible: true).agreementRowHeight == 1)
        for width in 48...220 {
            let layout = DashboardLayout(width: width, height: 30)
            #expect(layout.pane(.partners).width + layout.pane(.agreements).width + layout.pane(.checklist).width == width)
            #expect(layout.pane(.checklist).width >= 16, "\(width)")
        }
    }

    @Test func checklistPaneEmpty() {
        let pane = PaneModel<ChecklistLine>(title: "3 Checklist", focused: false, rows: [], footer: nil, emptyText: " No agreement selected")
        #expect(drawn(26, 3) { ChecklistPane.render(pane, into: &$0, in: Rect(x: 0, y: 0, width: 26, height: 3)) } == [
            "┌ 3 Checklist ───────────┐",
            "│ No agreement selected  │",
            "└────────────────────────┘",
        ])
    }
}
