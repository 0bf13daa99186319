import Foundation
import Testing
import Yams
@testable import AccordCore

/// The export written entry by entry says what the whole document encoded at once says (JSON:
/// byte for byte; YAML, written by our own block encoder: the same items read back, and the same
/// values to any YAML reader), and generated data is written as it is made.
@Suite struct ExportWriterTests {
    /// The whole document as one value, as the export was written before it streamed.
    struct WholeDocument: Encodable {
        var accord = 1
        var categories: [ExportEntry.CategoryEntry]
        var partners: [ExportEntry.PartnerEntry]
        var agreements: [ExportEntry.AgreementEntry]

        init(_ source: some ExportSource) throws {
            categories = source.addedCategories.map(ExportEntry.CategoryEntry.init)
            var partners: [ExportEntry.PartnerEntry] = []
            try source.forEachPartner { partners.append(ExportEntry.PartnerEntry($0)) }
            var agreements: [ExportEntry.AgreementEntry] = []
            try source.forEachAgreement { agreements.append(ExportEntry.AgreementEntry($0)) }
            self.partners = partners
            self.agreements = agreements
        }

        func text(_ format: ExportFormat) throws -> String {
            switch format {
            case .yaml:
                let encoder = YAMLEncoder()
                encoder.options.allowUnicode = true
                return "# Accord export — format: docs/FORMAT.md\n" + (try encoder.encode(self))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
            }
        }
    }

    /// The sample agreements, an added category, and a partner with no agreement.
    static var state: AccordState {
        var state = Fixtures.sample
        try! Reducer.apply(.categoryCreated(Category(id: "mobility", name: "Mobilité internationale", rank: state.nextRank)), to: &state)
        try! Reducer.apply(.partnerCreated(Partner(id: "seul", name: "Seul « tout » : ligne\nsuivante", kind: .other,
                                                   rank: state.nextRank)), to: &state)
        return state
    }

    @Test(arguments: ExportFormat.allCases)
    func theStreamedTextIsTheWholeDocumentEncodedAtOnce(format: ExportFormat) throws {
        for state in [Self.state, AccordState.withBuiltInCategories] {
            let streamed = try ExportWriter.text(of: state, as: format)
            let whole = try WholeDocument(state).text(format)
            switch format {
            case .json:
                #expect(streamed == whole)
            case .yaml:
                let ours = try #require(try Yams.load(yaml: streamed) as? NSDictionary)
                let theirs = try #require(try Yams.load(yaml: whole) as? NSDictionary)
                #expect(ours == theirs, "\(streamed)")
                if state.partners.isEmpty { #expect(streamed.contains("partners: []\n"), "empty lists: \(streamed)") }
            }
        }
    }

    /// Texts that mean something else to YAML unquoted, or cannot stand raw in it.
    static let awkwardTexts = ["yes", "No", "ON", "~", "null", "true", "- x", "a: b", "#x", "a #b", " lead", "trail ", "x:", ":x",
                               "2024-01-01", "1.5", "+1", ".5", "0x1F", "'q'", "\"d\"", "multi\nline", "tab\tin", "cr\r",
                               "\u{85}nel", "a\u{2028}b", "\u{7F}\u{9B}31m", "\u{1B}[2J", "é", "🎓 emoji", "@at", "`tick",
                               "|", ">", "%", "!tag", "&anchor", "*alias", "[x]", "{x}", "<<", "=", "?", "a,b", "back\\slash"]

    @Test(arguments: awkwardTexts)
    func anAwkwardTextReadsBackAsItselfAndAsAText(text: String) throws {
        let partner = ExportEntry.PartnerEntry(Partner(id: "p", name: text, kind: .other))
        let yaml = "partners:\n" + (try YAMLBlockEncoder.listItem(partner))
        let document = try ImportDocument(text: yaml, file: "awkward.yaml")
        #expect(document.partners.first?.name == text, "\(yaml)")
        let loaded = try Yams.load(yaml: yaml) as? [String: [[String: Any]]]
        #expect(loaded?["partners"]?.first?["name"] as? String == text, "a YAML reader sees the same text: \(yaml)")
    }

    @Test(arguments: ExportFormat.allCases)
    func generatedDataIsWrittenAsTheStateItMakesWouldBe(format: ExportFormat) throws {
        let generator = DataGenerator(agreements: 12, seed: 3)
        var state = AccordState.withBuiltInCategories
        _ = try Reducer.apply(generator.change(for: state), to: &state)
        #expect(try ExportWriter.text(of: generator, as: format) == (try ExportWriter.text(of: state, as: format)))
        let imported = try ImportDocument(text: try ExportWriter.text(of: generator, as: format), file: "g.\(format)")
        #expect(imported.agreements.count == 12 && imported.actions.count == state.actions.count)
    }

    @Test func generatedAgreementsReachTheSinkOneByOneNotAtTheEnd() throws {
        let generator = DataGenerator(agreements: 200, seed: 1)
        var pieces = 0
        var agreementsSeenWhenHalfWritten = 0
        try ExportWriter(format: .json).write(generator) { piece in
            pieces += 1
            if piece.contains("\"id\" : \"ag100\"") { agreementsSeenWhenHalfWritten = pieces }
        }
        // One piece per agreement and partner (and a few for the frame): the text is handed
        // over as each item is made, not built whole first.
        #expect(pieces > 200 + 100)
        #expect(agreementsSeenWhenHalfWritten > 90 && agreementsSeenWhenHalfWritten < 120)
    }
}
