import Foundation
import Testing
@testable import AccordCore

@Suite struct ImportDocumentTests {
    static let valid = """
    accord: 1
    partners:
      - id: a
        name: Alpha
        kind: university
      - id: b
        name: Beta
        kind: cluster
    agreements:
      - id: ab
        title: A × B
        signatories: [a, b]
        signed: 2024-02-01
        term: 2
        commitments:
          - id: ab-c
            category: internships
            title: Stages
            actions:
              - id: ab-1
                title: Publier
                done: 2024-03-01
    """

    @Test func aValidFileBecomesOneChange() throws {
        let document = try ImportDocument(text: Self.valid, file: "ok.yaml")
        let change = try document.change(for: .withBuiltInCategories)
        #expect(change.events.count == 5)
        var state = AccordState.withBuiltInCategories
        _ = try Reducer.apply(change, to: &state)
        #expect(state.actions["ab-1"]?.doneOn == Day("2024-03-01"))
        #expect(state.agreements["ab"]?.endDate == Day("2026-02-01"))
    }

    /// (what is wrong, the file text, expected line, expected key, a word of the problem)
    static let malformed: [(String, String, Int, String?, String)] = [
        ("bad YAML", "partners:\n  - id: a\n    name: [unclosed\n", 3, nil, "not valid YAML"),  // the last line with text
        ("unknown key", "partners:\n  - id: a\n    name: A\n    kidn: university\n", 4, "partners[0].kidn", "unknown key"),
        ("bad kind", "partners:\n  - id: a\n    name: A\n    kind: univ\n", 4, "partners[0].kind", "'univ' is not allowed"),
        ("missing name", "partners:\n  - id: a\n    kind: cluster\n", 2, "partners[0].name", "missing"),
        ("bad id", "partners:\n  - id: Not An Id\n    name: A\n    kind: cluster\n", 2, "partners[0].id", "not a valid id"),
        ("bad date", valid.replacingOccurrences(of: "2024-02-01", with: "2024-02-30"), 13, "agreements[0].signed", "not a date"),
        ("bad term", valid.replacingOccurrences(of: "term: 2", with: "term: two"), 14, "agreements[0].term", "not a whole number"),
        ("duplicate id", valid.replacingOccurrences(of: "id: b\n", with: "id: a\n"), 6, "partners[1].id", "already used on line 3"),
        ("unknown partner", valid.replacingOccurrences(of: "[a, b]", with: "[a, zed]"), 10, nil, "'zed', which does not exist"),
        ("unknown category", valid.replacingOccurrences(of: "category: internships", with: "category: nope"), 16, nil, "category 'nope'"),
        ("list expected", "partners: nope\n", 1, "partners", "expected a list"),
        ("newer version", "accord: 2\npartners: []\n", 1, "accord", "version 2 is not supported"),
        ("empty file", "", 0, nil, "empty"),
        ("nothing in it", "accord: 1\n", 0, nil, "holds no"),
    ]

    @Test(arguments: malformed)
    func malformedFilesNameFileLineAndKeyAndLoadNothing(
        what: String, text: String, line: Int, key: String?, problem: String
    ) throws {
        let error = #expect(throws: ImportError.self, "\(what)") {
            let document = try ImportDocument(text: text, file: "bad.yaml")
            _ = try document.change(for: .withBuiltInCategories)
        }
        #expect(error?.file == "bad.yaml")
        #expect(error?.line == line, "\(what): \(error?.description ?? "")")
        #expect(error?.key == key, "\(what): \(error?.description ?? "")")
        #expect(error?.description.contains(problem) == true, "\(what): \(error?.description ?? "")")
    }

    @Test func importingTwiceIsRefusedAsDuplicates() throws {
        var state = AccordState.withBuiltInCategories
        let document = try ImportDocument(text: Self.valid, file: "ok.yaml")
        _ = try Reducer.apply(try document.change(for: state), to: &state)
        let error = #expect(throws: ImportError.self) { try document.change(for: state) }
        #expect(error?.description == "ok.yaml:3: the id 'a' is already used by a partner.")
    }
}

@Suite struct ImportJSONAndLongValuesTests {
    @Test func jsonWithEscapedSlashesImports() throws {
        let text = #"{"partners": [{"id": "p", "name": "A\/B \\\/ C", "kind": "company"}]}"#
        let document = try ImportDocument(text: text, file: "x.json")
        #expect(document.partners.first?.name == #"A/B \/ C"#)
    }

    @Test func jsonWithRawC1AndLineSeparatorCharactersKeepsThemExactly() throws {
        let name = "CSI\u{9B}31m NEL\u{85} LS\u{2028} DEL\u{7F} BOM\u{FEFF}"
        let data = try JSONSerialization.data(withJSONObject: ["partners": [["id": "p", "name": name, "kind": "company"]]])
        let document = try ImportDocument(text: String(decoding: data, as: UTF8.self), file: "x.json")
        #expect(document.partners.first?.name == name)
    }

    @Test func aHugeBadValueGivesAShortMessage() {
        let value = String(repeating: "x", count: 1_000_000)
        do {
            _ = try ImportDocument(text: "partners:\n  - {id: p, name: n, kind: \(value)}\n", file: "big.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.description.count < 700)
            #expect(error.description.contains("characters in all"))
        }
    }
}
