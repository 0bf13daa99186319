import Foundation

/// A search without an index: reads every item's text once and ranks the
/// matches exactly as `SearchIndex.search` does. For a command that searches
/// once and exits, where building the index would cost more than the search
/// (and the memory it holds).
public enum SearchScan {
    /// Ranked hits for `query`, the same as `SearchIndex(state).search(query, in: state, today: today, limit: limit)`.
    public static func search(_ query: SearchQuery, in state: AccordState, today: Day, limit: Int? = nil) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        let words = (query.terms + query.phrases.flatMap { $0 }).map { Array($0.utf8) }
        guard words.count < 255 else { return [] }
        var scanner = Scanner(words: words, filter: SearchFilter(query: query, state: state, today: today))
        for (id, partner) in state.partners { scanner.consider(id, IndexedText(partner)) }
        for (id, agreement) in state.agreements { scanner.consider(id, IndexedText(agreement)) }
        for (id, commitment) in state.commitments { scanner.consider(id, IndexedText(commitment, in: state)) }
        for (id, action) in state.actions { scanner.consider(id, IndexedText(action)) }
        for (id, category) in state.categories { scanner.consider(id, IndexedText(category)) }
        return RankedDocument.hits(ordering: &scanner.keyed, limit: limit) { item in
            let n = Int(item.number)
            return SearchHit(id: scanner.ids[n], kind: scanner.kinds[n], score: scanner.scores[n], matchedTitle: item.inTitle)
        }
    }

    /// The matches found so far, and how to weigh the next item.
    private struct Scanner {
        /// The query's words, back to back, and where each one lies.
        let wordBytes: [UInt8]
        let wordRanges: [Range<Int>]
        let filter: SearchFilter
        var ids: [String] = []
        var kinds: [ItemKind] = []
        var scores: [Int] = []
        var keyed: [RankedDocument] = []
        /// Per word, the best weight it has matched with in the current item (0: not yet).
        var best: [UInt8]

        init(words: [[UInt8]], filter: SearchFilter) {
            wordBytes = words.flatMap { $0 }
            var start = 0
            wordRanges = words.map { word in
                defer { start += word.count }
                return start..<start + word.count
            }
            self.filter = filter
            best = [UInt8](repeating: 0, count: words.count)
        }

        mutating func consider(_ id: String, _ text: IndexedText) {
            if !wordRanges.isEmpty, !weigh(text) { return }
            guard !filter.isActive || filter.accepts(id, kind: text.kind) else { return }
            let titleWeight = UInt8(SearchIndex.weight(title: true, whole: false))
            let score = best.reduce(0) { $0 + Int($1) }
            let inTitle = best.allSatisfy { $0 >= titleWeight }
            keyed.append(RankedDocument(score: score, kind: text.kind, rank: text.rank, number: Int32(ids.count), inTitle: inTitle))
            ids.append(id)
            kinds.append(text.kind)
            scores.append(score)
        }

        /// Fills `best` for `text`; true when every word matched. Works on raw buffers:
        /// this runs for every token of every item.
        private mutating func weigh(_ text: IndexedText) -> Bool {
            let ranges = wordRanges
            return wordBytes.withUnsafeBufferPointer { words in
                best.withUnsafeMutableBufferPointer { best in
                    for i in best.indices { best[i] = 0 }
                    func weigh(_ token: UnsafeBufferPointer<UInt8>, title: Bool) {
                        for (i, range) in ranges.enumerated() where token.count >= range.count {
                            // Most tokens differ at the first byte: compared before calling memcmp.
                            guard token[0] == words[range.lowerBound],
                                  memcmp(token.baseAddress!, words.baseAddress! + range.lowerBound, range.count) == 0 else { continue }
                            let weight = UInt8(SearchIndex.weight(title: title, whole: token.count == range.count))
                            if best[i] < weight { best[i] = weight }
                        }
                    }
                    Tokenizer.forEachToken(in: text.title) { weigh($0, title: true) }
                    // The body can only raise a word still below a whole-word body match.
                    let bodyBest = UInt8(SearchIndex.weight(title: false, whole: true))
                    if best.contains(where: { $0 < bodyBest }) {
                        Tokenizer.forEachToken(in: text.body) { weigh($0, title: false) }
                    }
                    return !best.contains(0)
                }
            }
        }
    }
}
