import AccordCore
import Foundation
import Testing
@testable import AccordTUI

/// The key tables of the README and docs/KEYS.md are the tables that drive the keys, as
/// lazygit makes its keybinding docs: a key added, moved or reworded in `Bindings` and not in
/// the documents fails here. `ACCORD_WRITE_DOCS=1 swift test --filter KeyDocsTests` writes them.
@Suite struct KeyDocsTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let rewrite = ProcessInfo.processInfo.environment["ACCORD_WRITE_DOCS"] == "1"
    private static let begin = "<!-- keys: made from Bindings.panes (see docs/KEYS.md) -->\n"
    private static let end = "\n<!-- /keys -->"

    @Test func theREADMEKeyTableIsThePanesTable() throws {
        let path = Self.root.appendingPathComponent("README.md").path
        let readme = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(readme.range(of: Self.begin), "README.md has no '\(Self.begin)' marker")
        let stop = try #require(readme.range(of: Self.end, range: start.upperBound..<readme.endIndex))
        let made = Language.$current.withValue(.en) { KeyDocs.table(Bindings.panes) }
        if Self.rewrite {
            try (readme[..<start.upperBound] + made + readme[stop.lowerBound...]).write(toFile: path, atomically: true, encoding: .utf8)
        } else {
            #expect(String(readme[start.upperBound..<stop.lowerBound]) == made,
                    "README.md's key table differs from Bindings.panes: ACCORD_WRITE_DOCS=1 swift test --filter KeyDocsTests")
        }
    }

    @Test func docsKEYSIsEveryModesTableInBothLanguages() throws {
        let path = Self.root.appendingPathComponent("docs/KEYS.md").path
        if Self.rewrite { try KeyDocs.keysDocument.write(toFile: path, atomically: true, encoding: .utf8) }
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == KeyDocs.keysDocument,
                "docs/KEYS.md differs from the key tables: ACCORD_WRITE_DOCS=1 swift test --filter KeyDocsTests")
    }

    /// Every key the panes answer to is in the table, in the words of its help.
    @Test func theTableNamesEveryBoundKey() {
        let table = Language.$current.withValue(.en) { KeyDocs.table(Bindings.panes) }
        for binding in Bindings.panes.bindings where !binding.description.isEmpty {
            #expect(table.contains("| \(binding.keyLabel.replacingOccurrences(of: "|", with: "\\|")) |"), "\(binding.keyLabel)")
        }
        #expect(table.hasPrefix("| keys | what they do |\n|---|---|\n| Tab / Shift-Tab |"))
    }
}
