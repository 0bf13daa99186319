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
