import Foundation
import Testing
import Yams
@testable import AccordCore

/// The export written entry by entry is the text of the whole document encoded at once,
/// and generated data is written as it is made.
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
        let streamed = try ExportWriter.text(of: Self.state, as: format)
        #expect(streamed == (try WholeDocument(Self.state).text(format)))
        let empty = try ExportWriter.text(of: AccordState.withBuiltInCategories, as: format)
        #expect(empty == (try WholeDocument(AccordState.withBuiltInCategories).text(format)), "empty lists: \(empty)")
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
