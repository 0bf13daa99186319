import Testing
@testable import AccordCore

@Suite struct SearchScanTests {
    @Test func theScanFindsWhatTheIndexFinds() throws {
        let store = Store(ledger: Ledger(state: Fixtures.sample), journal: nil)
        try store.perform(DataGenerator(agreements: 30, seed: 9).change(for: store.state))
        let state = store.state
        let index = SearchIndex(state)
        let today = Day("2026-11-22")!
        let queries = ["universite", "i", "in", "handicap", "stage upmc", "incub", "lorraine", "l", "note", "e",
                       #""mission handicap""#, #""Industrie du Futur""#, "category:disability-inclusion", "status:done partner:enscm",
                       "category:incubator status:open", "due:overdue", "stage status:done", "partner:\"grand orly\" sante",
                       "zzzz", "handicap handicap", "œuvre", "numérique paris", "forum recrutement"]
        // Compared as short lines (id, score, title match): a failure then prints readably.
        func lines(_ hits: [SearchHit]) -> [String] { hits.map { "\($0.id) \($0.score)\($0.matchedTitle ? " title" : "")" } }
        for text in queries {
            let query = try SearchQuery.parse(text)
            let expected = lines(index.search(query, in: state, today: today))
            #expect(lines(SearchScan.search(query, in: state, today: today)) == expected, "\(text)")
            #expect(lines(SearchScan.search(query, in: state, today: today, limit: 3)) == Array(expected.prefix(3)), "\(text), limit 3")
        }
        #expect(!index.search(try SearchQuery.parse("handicap"), in: state, today: today).isEmpty, "the comparison is not of empty lists")
    }
}
