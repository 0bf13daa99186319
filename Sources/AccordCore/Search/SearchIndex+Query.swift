extension SearchIndex {
    /// Ranked hits for `query`: every word must match (as a word or a word's
    /// start), phrases must appear as written, filters must hold. Title
    /// matches beat description matches, whole words beat prefixes, and on a
    /// tie items nearer the top of the tree (partner, agreement) come first.
    public func search(_ query: SearchQuery, in state: AccordState, today: Day, limit: Int? = nil) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        let words = query.terms + query.phrases.flatMap { $0 }
        var scores: [String: Int]
        if words.isEmpty {
            scores = Dictionary(uniqueKeysWithValues: allIDs.map { ($0, 0) })
        } else {
            let perWord = words.map(matches).sorted { $0.count < $1.count }
            scores = perWord[0]
            for other in perWord.dropFirst() {
                scores = scores.reduce(into: [:]) { result, pair in
                    if let weight = other[pair.key] { result[pair.key] = pair.value + weight }
                }
            }
        }
        let filter = SearchFilter(query: query, state: state, today: today)
        var hits: [SearchHit] = []
        for (id, score) in scores {
            guard let kind = kind(of: id), filter.accepts(id, kind: kind),
                  let fields = Self.fields(of: id, in: state) else { continue }
            if !query.phrases.isEmpty {
                let title = Tokenizer.tokens(fields.title), body = Tokenizer.tokens(fields.body)
                guard query.phrases.allSatisfy({ Self.contains($0, in: title) || Self.contains($0, in: body) }) else { continue }
            }
            let inTitle = words.isEmpty || words.allSatisfy { word in entries[id]?.titleTokens.contains { $0.hasPrefix(word) } == true }
            let text = inTitle ? Self.displayTitle(of: id, in: state) : Self.bodyText(of: id, in: state, matching: words)
            hits.append(SearchHit(id: id, kind: kind, score: score, text: text, matchedTitle: inTitle))
        }
        hits.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if Self.depth($0.kind) != Self.depth($1.kind) { return Self.depth($0.kind) < Self.depth($1.kind) }
            let r0 = Self.rank(of: $0.id, in: state), r1 = Self.rank(of: $1.id, in: state)
            return r0 != r1 ? r0 < r1 : $0.id < $1.id
        }
        if let limit, hits.count > limit { hits.removeLast(hits.count - limit) }
        return hits
    }

    /// True when `phrase` appears as consecutive tokens (the last one may be a prefix, as one types).
    static func contains(_ phrase: [String], in tokens: [String]) -> Bool {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
        for start in 0...(tokens.count - phrase.count) {
            var all = true
            for (offset, word) in phrase.enumerated() {
                let token = tokens[start + offset]
                let ok = offset == phrase.count - 1 ? token.hasPrefix(word) : token == word
                if !ok { all = false; break }
            }
            if all { return true }
        }
        return false
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

    static func rank(of id: String, in state: AccordState) -> Int {
        state.partners[id]?.rank ?? state.agreements[id]?.rank ?? state.commitments[id]?.rank
            ?? state.actions[id]?.rank ?? state.categories[id]?.rank ?? .max
    }

    /// The name or title as a person reads it.
    static func displayTitle(of id: String, in state: AccordState) -> String {
        state.partners[id]?.name ?? state.agreements[id]?.title ?? state.commitments[id]?.title
            ?? state.actions[id]?.title ?? state.categories[id]?.name ?? id
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
