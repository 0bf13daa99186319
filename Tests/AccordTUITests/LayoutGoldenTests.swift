import Foundation
import Testing
@testable import AccordCore
@testable import AccordTUI

/// The screen at the five widths a person uses, and in accessible mode: golden files, and
/// the rules each width keeps (dates whole or absent, the selected row highlighted whole,
/// the cursor on the focus).
@Suite struct LayoutGoldenTests {
    static let sizes = [(80, 24), (100, 30), (120, 30), (160, 40), (200, 50)]

    @Test(arguments: sizes)
    func theScreenAtEachWidth(width: Int, height: Int) {
        let d = DashboardFixture.dashboard(width: width, height: height)
        d.press(.character("j"))
        Golden.check(d.frame, "layout-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func theChecklistAtEachWidth(width: Int, height: Int) {
        let d = DashboardFixture.dashboard(width: width, height: height)
        d.press(.character("3"))
        Golden.check(d.frame, "layout-checklist-\(width)x\(height)")
    }

    /// What must hold at every width from 80 to 200, not only at the goldens'.
    @Test func atEveryWidthDatesAreWholeAndTheSelectionIsHighlightedWhole() throws {
        // A year and month alone, not inside a whole date: "2011-01" followed by a space or the border.
        let month = try Regex(#"(^|[^\d-])\d{4}-\d{2}([^\d-]|$)"#)
        let cut = try Regex(#"\d{4}-(\d{1,2}(-\d?)?)?…"#)
        for width in 80...200 {
            let d = DashboardFixture.dashboard(width: width, height: 30)
            d.press(.character("j"))
            let agreements = d.frame
            d.press(.character("3"))
            let checklist = d.frame
            for frame in [agreements, checklist] {
                #expect(frame.text.firstMatch(of: month) == nil, "\(width): a date cut to its month:\n\(frame.text)")
                #expect(frame.text.firstMatch(of: cut) == nil, "\(width): a date cut with an ellipsis")
            }
            // The selected agreement: every cell of its rows, bar included, in reverse video.
            let rect = d.layout.pane(.agreements)
            let height = d.layout.agreementRowHeight
            let top = rect.y + 1 + height * 1
            for y in top..<top + height {
                for x in rect.x + 1..<rect.maxX - 1 {
                    #expect(agreements[x, y].style.reverse, "\(width): cell \(x),\(y) of the selected agreement is not highlighted")
                }
            }
            #expect(agreements.cursor == CursorPosition(x: rect.x + 3, y: top), "\(width): the cursor on the selected agreement")
            let cursor = try #require(checklist.cursor)
            #expect(checklist[cursor.x, cursor.y].style.reverse, "\(width): the cursor on the selected checklist row")
        }
    }

    @Test func titlesAndSignatoriesShowWholeFrom120Columns() {
        let d = DashboardFixture.dashboard(width: 120, height: 30)
        let text = d.frame.text
        #expect(text.contains("UPMC × Opticsvalley — formation et") && text.contains("insertion professionnelle"), "\(text)")
        let wide = DashboardFixture.dashboard(width: 200, height: 50).frame.text
        #expect(wide.contains("UPMC × Opticsvalley — formation et insertion professionnelle"))
        #expect(wide.contains("Université Pierre et Marie Curie · Opticsvalley"), "the signatories in full")
    }

    @Test func theDetailsTakeTheRowsThePanesDoNotUse() {
        // At 200×50 the sample's panes hold 33 rows at most: the details get the rest.
        let d = DashboardFixture.dashboard(width: 200, height: 50)
        #expect(d.layout.detail.height > 12, "\(d.layout.detail.height)")
        let paneRows = d.layout.pane(.partners).height - 2
        #expect(paneRows >= d.partnerRows.count, "no partner is cut to make room for the details")
        // Moving to an agreement with a longer checklist never moves the panes' edge back up.
        var heights: Set<Int> = []
        for _ in 0..<5 {
            d.press(.character("j"))
            heights.insert(d.layout.detail.height)
        }
        #expect(heights.count <= 2 && d.layout.pane(.checklist).height - 2 >= d.checklistRows.count)
    }

    /// Where the agreements decide the panes' height, a partner filter (fewer agreements) keeps it.
    @Test func aPartnerFilterDoesNotMoveThePanesEdge() throws {
        var ledger = Ledger()
        try ledger.apply(.change, DataGenerator(agreements: 10, seed: 3).change(for: ledger.state))
        let store = Store(ledger: Ledger(state: ledger.state), journal: nil, now: DashboardFixture.now)
        let d = DashboardFixture.dashboard(width: 200, height: 50, store: store)
        #expect(d.layout.pane(.agreements).height - 2 == 30, "ten agreements of three lines decide the height")
        let before = d.layout.detail.height
        d.press(.character("1"))
        d.press(.character("j"))
        #expect(d.agreementRows.count < 10 && d.layout.detail.height == before)
    }

    @Test(arguments: [Language.en, .fr])
    func accessibleScreens(_ language: Language) {
        let store = DashboardFixture.sampleStore()
        let d = DashboardRuntime(store: store, width: 80, height: 24, language: language, accessible: true)
        Golden.check(d.frame, "accessible-\(language.rawValue)-agreements-80x24")
        d.press(.character("3"))
        Golden.check(d.frame, "accessible-\(language.rawValue)-checklist-80x24")
        d.press(.character("o"))
        Golden.check(d.frame, "accessible-\(language.rawValue)-overview-80x24")
        for glyph in ["┌", "│", "─", "█", "░", "▓"] {
            #expect(!d.frame.text.contains(glyph), "\(glyph) in the accessible overview")
        }
    }

    @Test func aFormSaysHowItReadTheDateBeforeSaving() {
        let d = DashboardFixture.dashboard(width: 100, height: 30)
        d.press(.character("3"))
        d.press(.character("j"))
        d.press(.character("a"))
        while d.form?.focusedField != .due { d.press(.tab) }
        d.type("31/12")
        #expect(d.frame.text.contains("→ Thursday 31 December 2026  (2026-12-31)"), "\(d.frame.text)")
        d.press(.control("u"))
        d.type("vendredi")
        #expect(d.frame.text.contains("→ Friday 27 November 2026  (2026-11-27)"), "the next Friday after 2026-11-22")
        d.press(.control("u"))
        d.type("31/13")
        #expect(d.frame.text.contains("✗ not a date yet"))
    }
}
