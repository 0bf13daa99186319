import Testing
@testable import AccordCore

/// Links, notice dates and recurrences in Markdown and HTML reports: clickable where safe, text otherwise.
@Suite struct ReportLinkTests {
    private func report() throws -> Report {
        var state = Fixtures.small
        var agreement = state.agreements["uni-clu"]!
        agreement.noticeMonths = 6
        agreement.links = [ItemLink(target: "https://example.org/convention.pdf", label: "Convention [signée]"),
                           ItemLink(target: "javascript:alert(1)", label: "Piège"),
                           ItemLink(target: "https://e.org/\u{1B}]8;;x", label: "Échappée"),
                           ItemLink(target: "~/Conventions/uni.pdf")]
        try Reducer.apply(.agreementUpdated(agreement), to: &state)
        var commitment = state.commitments["c-stages"]!
        commitment.repeats = Recurrence(text: "every 1 year from 2026-06-30")
        commitment.links = [ItemLink(target: "mailto:stages@uni.example", label: "Écrire")]
        try Reducer.apply(.commitmentUpdated(commitment), to: &state)
        return try Report(state, today: Fixtures.day)
    }

    @Test func markdownLinksOnlySafeURLs() throws {
        let markdown = ReportMarkdown.render(try report())
        #expect(markdown.contains("- **Notice by:** 2026-07-10"), "\(markdown)")
        #expect(markdown.contains("[Convention \\[signée\\]](<https://example.org/convention.pdf>)"))
        #expect(!markdown.contains("](<javascript:"))
        #expect(markdown.contains("Piège (javascript:alert(1))"))
        #expect(!markdown.contains("\u{1B}"), "control characters never reach the file raw")
        #expect(markdown.contains("~/Conventions/uni.pdf"))
        #expect(markdown.contains("↻ every 1 year from 2026-06-30") && markdown.contains("[Écrire](<mailto:stages@uni.example>)"))
    }

    @Test func htmlLinksOnlySafeURLs() throws {
        let html = ReportHTML.render(try report())
        #expect(html.contains("<a href=\"https://example.org/convention.pdf\">Convention [signée]</a>"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("Piège (javascript:alert(1))"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("<a href=\"mailto:stages@uni.example\">Écrire</a>"))
        #expect(ReportJSON.render(try report()).contains("\"noticeBy\" : \"2026-07-10\""))
    }
}
