import Foundation
import Testing
@testable import AccordCore

/// JSON is read in place (`JSONImportReader`), not through YAML: the same items, the same checks,
/// errors with their line, and JSON's own syntax errors named.
@Suite struct JSONImportTests {
    static let valid = """
    {
      "accord": 1,
      "partners": [
        {"id": "a", "name": "Alpha", "kind": "university"},
        {"id": "b", "name": "Beta", "kind": "cluster"}
      ],
      "agreements": [
        {
          "id": "ab", "title": "A × B", "signatories": ["a", "b"], "signed": "2024-02-01", "term": 2,
          "commitments": [
            {"id": "ab-c", "category": "internships", "title": "Stages",
             "actions": [{"id": "ab-1", "title": "Publier", "done": "2024-03-01"}]}
          ]
        }
      ]
    }
    """

    @Test func aValidJSONFileGivesTheSameItemsAsItsYAML() throws {
        let json = try ImportDocument(text: Self.valid, file: "ok.json")
        let yaml = try ImportDocument(text: ImportDocumentTests.valid, file: "ok.yaml")
        #expect(json.partners == yaml.partners && json.agreements == yaml.agreements)
        #expect(json.commitments == yaml.commitments && json.actions == yaml.actions)
        #expect(json.lines["ab-1"] == 12, "each id knows its line")
    }

    @Test func generatedDataReadsAlikeFromJSONAndYAML() throws {
        let generator = DataGenerator(agreements: 40, seed: 3)
        let json = try ImportDocument(text: ExportWriter.text(of: generator, as: .json), file: "g.json")
        let yaml = try ImportDocument(text: ExportWriter.text(of: generator, as: .yaml), file: "g.yaml")
        #expect(json.agreements.count == 40 && json.actions.count > 300)
        #expect(json.partners == yaml.partners && json.agreements == yaml.agreements)
        #expect(json.commitments == yaml.commitments && json.actions == yaml.actions)
    }

    /// (what is wrong, the file text, expected line, expected key, a word of the problem)
    static let malformed: [(String, String, Int, String?, String)] = [
        ("unknown key", "{\"partners\": [\n {\"id\": \"a\", \"name\": \"A\",\n  \"kidn\": \"university\"}]}", 3, "partners[0].kidn", "unknown key"),
        ("bad kind", "{\"partners\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"univ\"}]}", 1, "partners[0].kind", "'univ' is not allowed"),
        ("missing name", "{\"partners\": [\n{\"id\": \"a\", \"kind\": \"cluster\"}]}", 2, "partners[0].name", "missing"),
        ("duplicate key", "{\"partners\": [], \"partners\": []}", 1, "partners", "appears twice"),
        ("duplicate id", valid.replacingOccurrences(of: "\"id\": \"b\"", with: "\"id\": \"a\""), 5, "partners[1].id", "already used on line 4"),
        ("bad date", valid.replacingOccurrences(of: "2024-02-01", with: "2024-02-30"), 9, "agreements[0].signed", "not a date"),
        ("a list for a text", valid.replacingOccurrences(of: "\"Alpha\"", with: "[\"Alpha\"]"), 4, "partners[0].name", "found a list"),
        ("a text for a list", "{\"partners\": \"nope\"}", 1, "partners", "expected a list"),
        ("newer version", "{\"accord\": 2}", 1, "accord", "version 2 is not supported"),
        ("unclosed text", "{\"partners\": [\n{\"id\": \"a}]}", 2, nil, "not closed"),
        ("missing comma", "{\"accord\": 1\n \"partners\": []}", 2, nil, "expected ',' or '}'"),
        ("missing colon", "{\"accord\" 1}", 1, nil, "expected ':'"),
        ("unquoted key", "{accord: 1, \"partners\": [}", 1, nil, "double quotes"),
        ("bad escape", "{\"partners\": [{\"id\": \"a\\q\"}]}", 1, nil, "'\\q' is not an escape"),
        ("raw control", "{\"partners\": [{\"id\": \"a\u{01}\"}]}", 1, nil, "U+0001"),
        ("raw tab (JSON wants it escaped)", "{\"partners\": [{\"id\": \"a\tb\"}]}", 1, nil, "U+0009"),
        ("no value", "{\"accord\": ,}", 1, nil, "a value was expected"),
        ("a word for a value", "{\"accord\": yes}", 1, nil, "'yes' is not a JSON value"),
        ("trailing text", "{\"accord\": 1}\n{}", 2, nil, "after the end"),
        ("bad number", "{\"accord\": 01}", 1, nil, "'01' is not a JSON value"),
        ("cut short", "{\"accord\": 1, \"partners\": [", 1, nil, "ends in the middle"),
    ]

    @Test(arguments: malformed)
    func malformedJSONNamesLineKeyAndProblem(what: String, text: String, line: Int, key: String?, problem: String) throws {
        let error = #expect(throws: ImportError.self, "\(what)") {
            _ = try ImportDocument(text: text, file: "bad.json").change(for: .withBuiltInCategories)
        }
        #expect(error?.file == "bad.json")
        #expect(error?.line == line, "\(what): \(error?.description ?? "")")
        #expect(error?.key == key, "\(what): \(error?.description ?? "")")
        #expect(error?.description.contains(problem) == true, "\(what): \(error?.description ?? "")")
    }

    @Test func deepNestingIsRefusedWithoutRecursingIntoIt() {
        let text = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let error = #expect(throws: ImportError.self) { try ImportDocument(text: text, file: "deep.json") }
        #expect(error?.description.contains("nested more than 64 levels") == true, "\(error?.description ?? "")")
    }

    @Test func escapesNullsNumbersAndAByteOrderMarkReadAsJSONMeansThem() throws {
        let text = "\u{FEFF}" + #"""
        {"accord": 1, "partners": [{"id": "p", "name": "\u00c9cole \ud83c\udf93 \"Q\" \\ \/ \t", "kind": "school",
          "place": null, "short": "\ud800x"}],
         "agreements": [{"id": "g", "title": "T", "signatories": ["p"], "term": 3, "notice": null}]}
        """#
        let document = try ImportDocument(text: text, file: "x.json")
        let partner = try #require(document.partners.first)
        #expect(partner.name == "École 🎓 \"Q\" \\ / \t")
        #expect(partner.place == "", "null is absent")
        #expect(partner.shortName == "\u{FFFD}x", "a lone surrogate, which no text can hold, is U+FFFD")
        #expect(document.agreements.first?.termYears == 3 && document.agreements.first?.noticeMonths == nil)
    }

    @Test func aYAMLFlowMappingStartingLikeJSONIsStillRead() throws {
        let document = try ImportDocument(text: "{accord: 1, partners: [{id: p, name: P, kind: company}]}", file: "flow.yaml")
        #expect(document.partners.map(\.id) == ["p"])
    }
}
