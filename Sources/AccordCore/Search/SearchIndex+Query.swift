extension SearchIndex {
    /// Ranked hits for `query`: every word must match (as a word or a word's
    /// start), phrases must appear as written, filters must hold. Title
    /// matches beat description matches, whole words beat prefixes, and on a
    /// tie items nearer the top of the tree (partner, agreement) come first.
    public func search(_ query: SearchQuery, in state: AccordState, today: Day, limit: Int? = nil) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        let words = query.terms + query.phrases.flatMap { $0 }
        // Matches are counted per document in a byte; no one types 255 words.
        guard words.count < 255 else { return [] }
        let count = documentCount
        // Per document: the summed weight, and how many words it has matched so far (AND).
        var scores = [Int32](repeating: 0, count: count)
        var matched = [UInt8](repeating: 0, count: count)
        var matchedInTitle = [UInt8](repeating: 0, count: count)
        var candidates: [Int32] = []
        if words.isEmpty {
            candidates = (0..<Int32(count)).filter { id(of: $0) != nil }
        } else {
            var weights = [UInt8](repeating: 0, count: count)
            var touched: [Int32] = []
            for (position, word) in words.enumerated() {
                touched.removeAll(keepingCapacity: true)
                matches(word, into: &weights, touched: &touched)
                for number in touched {
                    let n = Int(number)
                    if Int(matched[n]) == position {
                        matched[n] += 1
                        scores[n] += Int32(weights[n])
                        if weights[n] >= UInt8(Self.weight(title: true, whole: false)) { matchedInTitle[n] += 1 }
                    }
                    weights[n] = 0
                }
            }
            let all = UInt8(words.count)
            candidates = (0..<Int32(count)).filter { matched[Int($0)] == all }
        }
        let filter = SearchFilter(query: query, state: state, today: today)
        // Sorted as plain numbers (the key is unique: ranks are), and hits made only for
        // what is returned: a one-letter prefix can match most of 100,000 documents.
        var keyed: [RankedDocument] = []
        keyed.reserveCapacity(candidates.count)
        for number in candidates {
            if filter.isActive {
                guard let id = id(of: number), filter.accepts(id, kind: kind(of: number)) else { continue }
            }
            let inTitle = words.isEmpty || Int(matchedInTitle[Int(number)]) == words.count
            keyed.append(RankedDocument(score: Int(scores[Int(number)]), kind: kind(of: number), rank: rank(of: number),
                                        number: number, inTitle: inTitle))
        }
        return RankedDocument.hits(ordering: &keyed, limit: limit) { item in
            id(of: item.number).map { SearchHit(id: $0, kind: kind(of: item.number), score: Int(scores[Int(item.number)]),
                                                matchedTitle: item.inTitle) }
        }
    }

    /// The text to show for a hit: its title, or the part of its text that matched.
    public static func text(of hit: SearchHit, in state: AccordState, terms: [String]) -> String {
        hit.matchedTitle ? displayTitle(of: hit.id, in: state) : bodyText(of: hit.id, in: state, matching: terms)
    }

    static func depth(_ kind: ItemKind) -> Int {
        switch kind {
        case .partner: return 0
        case .agreement: return 1
        case .category: return 2
        case .commitment: return 3
        case .action: return 4
        }
    }

    /// The name or title as a person reads it.
    static func displayTitle(of id: String, in state: AccordState) -> String {
        state.title(of: id)
    }

    /// What a body match shows: the first of the description, summary, note (…) that holds a match.
    static func bodyText(of id: String, in state: AccordState, matching words: [String]) -> String {
        var parts: [String] = []
        if let p = state.partners[id] { parts = [p.description, p.place, p.kind.label] }
        if let a = state.agreements[id] { parts = [a.summary, a.source] }
        if let c = state.commitments[id] { parts = [c.description, state.categories[c.categoryID]?.name ?? ""] }
        if let a = state.actions[id] { parts = [a.note] }
        if let c = state.categories[id] { parts = [c.name, c.id] }
        parts = parts.filter { !$0.isEmpty }
        return parts.first { !SearchHighlight.ranges(in: $0, terms: words).isEmpty } ?? parts.first ?? displayTitle(of: id, in: state)
    }
}
