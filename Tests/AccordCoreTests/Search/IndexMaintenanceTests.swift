import Testing
@testable import AccordCore

/// The index's byte-level tokenizer and its in-place maintenance, checked
/// against plain reference computations.
@Suite struct IndexMaintenanceTests {
    /// The tokenizer as specified: scalar by scalar, word scalars folded, anything else separates.
    private func referenceTokens(_ text: String) -> [String] {
        var result: [String] = [], current = ""
        for scalar in text.unicodeScalars {
            if Tokenizer.isWordScalar(scalar) {
                current += TextFolding.fold(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    @Test func theByteTokenizerAgreesWithTheScalarDefinition() {
        let pieces = ["Université", "l'", "É", "e\u{301}", "Œ", "ß", "Straße", " ", "-", "Paris", "11", "東京", "한국어",
                      "\u{1100}\u{1161}", "🙂", "👩‍💻", "\u{200B}", "Ω", "İ", "ﬁ", "٣", "\u{0}", "\t", "’", "«", "Ǆ", "Ａ", "x"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(Tokenizer.tokens(text) == referenceTokens(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Tokenizer.tokens(text.dropFirst()) == referenceTokens(String(text.dropFirst())), "a substring")
        }
    }

    @Test func manyEditsKeepTheIndexEqualToARebuild() throws {
        let store = Store(ledger: Ledger(), journal: nil)
        try store.perform(DataGenerator(agreements: 40, seed: 3).change(for: store.state))
        var index = SearchIndex(store.state)
        var random = SplitMix64(seed: 11)
        let words = ["stage", "incubateur", "forum", "handicap", "zèbre", "Œuvre", "numérique", "x\(random.next() % 9)"]
        let today = Day("2026-11-22")!
        // Enough edits that the index reuses document and token numbers and compacts its token lists.
        for step in 0..<1_500 {
            let state = store.state
            let actionIDs = state.actions.keys.sorted()
            let id = actionIDs[Int(random.next() % UInt64(actionIDs.count))]
            var action = state.actions[id]!
            let change: Change
            switch random.next() % 4 {
            case 0:
                action.title = (0..<3).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ") + " \(step)"
                change = Change(label: "rename", events: [.actionUpdated(action)])
            case 1:
                change = Change(label: "note", events: [.noteSet(id: id, note: "note \(words[Int(random.next() % 8)]) n\(step)")])
            case 2:
                change = Change(label: "delete", events: [.actionDeleted(id: id)])
            default:
                change = Change(label: "add", events: [.actionCreated(Action(id: "new-\(step)", commitmentID: action.commitmentID,
                                                                             title: "Nouvelle action \(step) \(words[step % 8])",
                                                                             rank: state.nextRank))])
            }
            let applied = try store.perform(change)
            index.update(for: applied, in: store.state)
            if step % 500 == 499 {
                #expect(index == SearchIndex(store.state), "after \(step + 1) edits")
            }
        }
        let rebuilt = SearchIndex(store.state)
        for text in ["s", "stage", "zebre", "n1", "nouvelle action", "oeuvre", "x", "note"] {
            let query = try SearchQuery.parse(text)
            #expect(index.search(query, in: store.state, today: today) == rebuilt.search(query, in: store.state, today: today), "\(text)")
        }
    }
}
