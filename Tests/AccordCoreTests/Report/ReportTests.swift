import Foundation
import Testing
@testable import AccordCore

@Suite struct ReportTests {
    /// The small fixture, plus an overdue action and hostile text in a note.
    var state: AccordState {
        var state = Fixtures.small
        try! Reducer.apply(.actionCreated(Action(id: "a3", commitmentID: "c-stages", title: "=HYPERLINK(\"x\")",
                                                 note: "ligne 1\nligne 2 \u{1B}]52;c;AAAA\u{07} <script>", due: Day("2026-01-31"), rank: 40)),
                           to: &state)
        return state
    }
    let today = Fixtures.day  // 2026-03-14

    @Test func modelHoldsPartnersDatesCategoriesAndOverdue() throws {
        let report = try Report(state, today: today)
        let agreement = try #require(report.agreements.first)
        #expect(agreement.signatories == ["Université d'Exemple", "Cluster Test"])
        #expect(agreement.signed == Day("2024-01-10") && agreement.ends == Day("2027-01-10"))
        #expect(agreement.categories == [CategoryProgress(name: "Internships", progress: Progress(done: 1, total: 3))])
        #expect(agreement.overdue.map(\.id) == ["a3"])
        #expect(agreement.commitments.first?.actions.map(\.state) == ["open", "done", "overdue"])
        #expect(throws: AccordError.unknownID("nope", expected: .agreement)) { try Report(state, today: today, agreementID: "nope") }
    }

    @Test func overdueCommitmentsAreReportedWithOverdueActionsByDate() throws {
        var state = self.state
        // The commitment is due before its open action a3 (due 2026-01-31), and a1 is open: it is late.
        try Reducer.apply(.commitmentUpdated(Commitment(id: "c-stages", agreementID: "uni-clu", categoryID: "internships",
                                                        title: "Stages", ownerID: "uni", due: Day("2025-12-01"), rank: 24)), to: &state)
        let agreement = try #require(try Report(state, today: today).agreements.first)
        #expect(agreement.overdue.map(\.id) == ["c-stages", "a3"], "the same rule as the overview, oldest first")
        #expect(agreement.overdue.first?.context == "1/3 actions done")
        let markdown = ReportMarkdown.render(try Report(state, today: today))
        #expect(markdown.contains("**Overdue (2):**\n\n- Stages — due 2025-12-01 (commitment, 1/3 actions done)\n- "))
        let html = ReportHTML.render(try Report(state, today: today))
        #expect(html.contains("<h3 class=\"overdue\">Overdue (2)</h3>"))
        #expect(html.contains("Stages</span> — due 2025-12-01 <span class=\"muted\">(commitment, 1/3 actions done)</span>"))
        #expect(ReportJSON.render(try Report(state, today: today)).contains("\"kind\" : \"commitment\""))
    }

    @Test func theSourceIsInMarkdownAndHTMLAsALinkWhenItIsAnAddress() throws {
        var state = self.state
        let agreement = state.agreements["uni-clu"]!
        var withSource = agreement
        withSource.source = "https://example.org/convention?a=1&b=2"
        try Reducer.apply(.agreementUpdated(withSource), to: &state)
        let report = try Report(state, today: today)
        #expect(ReportMarkdown.render(report).contains("- **Source:** <https://example.org/convention?a=1&b=2>\n"))
        #expect(ReportHTML.render(report).contains(
            "Source: <a href=\"https://example.org/convention?a=1&amp;b=2\">https://example.org/convention?a=1&amp;b=2</a>"))
        withSource.source = "Article : l'UPMC et <Opticsvalley>"
        try Reducer.apply(.agreementUpdated(withSource), to: &state)
        let text = try Report(state, today: today)
        #expect(ReportMarkdown.render(text).contains("- **Source:** Article : l'UPMC et \\<Opticsvalley\\>"))
        #expect(ReportHTML.render(text).contains("Source: Article : l&#39;UPMC et &lt;Opticsvalley&gt;"))
    }

    @Test func csvForFrenchSpreadsheetsUsesSemicolonsAndAByteOrderMark() throws {
        var state = self.state
        var action = state.actions["a2"]!
        action.note = "vu; à relancer, vite"
        try Reducer.apply(.actionUpdated(action), to: &state)
        let text = ReportCSV.render(try Report(state, today: today), separator: ";", byteOrderMark: true)
        #expect(text.hasPrefix("\u{FEFF}agreement_id;agreement;status;"))
        #expect(text.contains(";\"vu; à relancer, vite\"\r\n"), "a cell holding the separator is quoted; a comma is not")
        #expect(!ReportCSV.render(try Report(state, today: today)).hasPrefix("\u{FEFF}"))
    }

    @Test func markdownHasEachSectionAndEscapesText() throws {
        let text = ReportMarkdown.render(try Report(state, today: today))
        #expect(text.hasPrefix("# Partnership agreements — review of 2026-03-14"))
        #expect(text.contains("## Accord test"))
        #expect(text.contains("- **Signed:** 2024-01-10 · **Ends:** 2027-01-10"))
        #expect(text.contains("| Internships | 1 | 3 | ███░░░░░░░ 33 % |"))
        #expect(text.contains("**Overdue (1):**"))
        #expect(text.contains("| ☑ | Suivre les stagiaires |  | 2025-02-01 |  |"))
        #expect(text.contains("ligne 1 / ligne 2 ^\\[\\]52;c;AAAA^G \\<script\\>"), "one line per cell, controls and markup escaped")
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
    }

    @Test func csvHasOneRowPerActionQuotedAndDefused() throws {
        let text = ReportCSV.render(try Report(state, today: today))
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == ReportCSV.header.joined(separator: ","))
        #expect(lines.filter { $0.hasPrefix("uni-clu,") }.count == 3, "rows end in CRLF; a note's own newline stays inside its quotes")
        #expect(text.contains(",a2,Suivre les stagiaires,done,,2025-02-01,\r\n"))
        #expect(text.contains(",a3,\"'=HYPERLINK(\"\"x\"\")\",overdue,2026-01-31,,\"ligne 1\nligne 2 ^[]52;c;AAAA^G <script>\""))
    }

    @Test func jsonIsTheModel() throws {
        let text = ReportJSON.render(try Report(state, today: today))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["day"] as? String == "2026-03-14")
        let agreements = try #require(object["agreements"] as? [[String: Any]])
        #expect(agreements.first?["ends"] as? String == "2027-01-10")
        let commitments = try #require(agreements.first?["commitments"] as? [[String: Any]])
        let actions = try #require(commitments.first?["actions"] as? [[String: Any]])
        #expect(actions.map { $0["id"] as? String } == ["a1", "a2", "a3"])
        #expect(actions.last?["note"] as? String == "ligne 1\nligne 2 \u{1B}]52;c;AAAA\u{07} <script>", "JSON keeps the exact text, encoded")
        #expect(!text.contains("\u{1B}"))
    }

    @Test func htmlIsSelfContainedWithInlineSVGAndEscapedText() throws {
        let text = ReportHTML.render(try Report(state, today: today))
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(text.contains("<title>Actions done per category</title>"))
        #expect(text.contains("1/3 · 33 %"))
        #expect(text.contains("<h3 class=\"overdue\">Overdue (1)</h3>"))
        #expect(text.contains("@media print"))
        #expect(text.contains("&lt;script&gt;") && !text.contains("<script"), "no script, data escaped")
        for outside in ["src=", "href=", "url(", "@import", "http://", "https://"] {
            let hits = text.components(separatedBy: outside).count - 1
            let allowed = outside == "http://" ? text.components(separatedBy: "<svg ").count - 1 : 0  // SVG namespaces only
            #expect(hits == allowed, "no outside resource: \(outside)")
        }
    }

    @Test func sampleDataReportCoversEveryAgreement() throws {
        let report = try Report(Fixtures.sample, today: today)
        #expect(report.agreements.count == 5)
        let markdown = ReportMarkdown.render(report)
        for agreement in Fixtures.sample.agreements.values { #expect(markdown.contains("## " + ReportMarkdown.text(agreement.title))) }
    }
}
