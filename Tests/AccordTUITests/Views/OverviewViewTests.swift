import Testing
@testable import AccordCore
@testable import AccordTUI

/// The overview screen: one overdue list in date order, counts that never run into the
/// percentages, percentages rounded as people round them.
@Suite struct OverviewViewTests {
    @Test func overdueCommitmentsAndActionsAreOneListOldestFirst() throws {
        let d = DashboardFixture.pure(width: 100, height: 30)
        let summary = PortfolioSummary(d.state, today: d.model.today)
        let overview = Overview(summary, partnerCount: 30, commitmentCount: 27, actionCount: 56, recent: [], isKnown: { _ in true })
        let heading = try #require(overview.lines.firstIndex { $0.content == .heading("Overdue (5)") })
        let dated = overview.lines[(heading + 1)...].prefix { $0.itemID != nil }.map { line -> String in
            guard case .text(let text, _) = line.content else { return "" }
            return String(text.dropFirst(2).prefix(10))
        }
        #expect(dated.count == 5)
        #expect(dated == dated.sorted(), "by due day: \(dated)")
        let commitmentRow = try #require(overview.lines[(heading + 1)...].firstIndex { $0.itemID == "ug-recherche" },
                                         "UPEC's late research commitment is listed")
        #expect(commitmentRow > heading + 1, "it is not put first regardless of its date")
    }

    @Test func countsAtAHundredThousandKeepTheirColumn() {
        let overview = Overview(lines: [
            Overview.Line(.progress("All actions", Progress(done: 34_895, total: 105_156), note: "", noteRole: .normal)),
            Overview.Line(.progress("Internships", Progress(done: 2, total: 3), note: "!1 late", noteRole: .overdue)),
        ])
        let lines = drawn(80, 4) { OverviewView.render(overview, into: &$0, in: Rect(x: 0, y: 0, width: 80, height: 4)) }
        #expect(lines[1].contains("███░░░░░░░ 34895/105156  33%"), "\(lines[1])")
        #expect(lines[2].contains("███████░░░ 2/3           67%  !1 late"), "\(lines[2])")
        let percentColumn = lines[1].firstIndex(of: "%").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(percentColumn == lines[2].firstIndex(of: "%").map { lines[2].distance(from: lines[2].startIndex, to: $0) })
    }

    @Test func percentagesRoundToTheNearestButNeverClaimAllOrNothingWrongly() {
        #expect(Progress(done: 2, total: 3).percent == 67)
        #expect(Progress(done: 1, total: 3).percent == 33)
        #expect(Progress(done: 1, total: 8).percent == 13)
        #expect(Progress(done: 1, total: 1_000).percent == 1, "something done is not 0 %")
        #expect(Progress(done: 999, total: 1_000).percent == 99, "not everything done is not 100 %")
        #expect(Progress(done: 0, total: 7).percent == 0 && Progress(done: 7, total: 7).percent == 100)
        #expect(Progress().percent == 0)
    }

    @Test func theOverviewOffersOnlyKeysThatActThere() {
        var d = DashboardFixture.pure()
        d.press(.character("o"))
        let hints = DashboardUpdate.hints(in: d.model).map(\.text)
        #expect(hints == ["j/k move", "Enter open", "Esc back", "u undo", "? help", "q quit"])
    }
}

/// The details of an agreement give it one standing.
@Suite struct AgreementDetailsTests {
    @Test func anExpiredRenewedAgreementReadsExpiredOnly() throws {
        let d = DashboardFixture.pure()
        let lines = ItemDetails.lines(for: "upec-gosb", in: d.state, today: d.model.today).map(\.text)
        let dates = try #require(lines.first { $0.hasPrefix("Signed ") })
        #expect(dates.hasSuffix(" · expired"), "\(dates)")
        #expect(!dates.contains("renewed"), "not 'renewed · expired': \(dates)")
    }
}
