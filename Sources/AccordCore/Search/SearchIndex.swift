/// An inverted index over every text field: partner names, agreement titles
/// and summaries, commitment and action titles, descriptions, notes and
/// categories. Kept current change by change (`update`), never rebuilt per keystroke.
public struct SearchIndex: Hashable, Sendable {
    struct Entry: Hashable, Sendable {
        var kind: ItemKind
        var titleTokens: Set<String>
        var bodyTokens: Set<String>
    }

    private(set) var entries: [String: Entry] = [:]
    /// Token → items having it in their title; and in the rest of their text.
    private(set) var titlePostings: [String: Set<String>] = [:]
    private(set) var bodyPostings: [String: Set<String>] = [:]
    /// Every token, sorted, for prefix lookups by binary search.
    private(set) var sortedTokens: [String] = []

    /// Indexes everything in `state`.
    public init(_ state: AccordState) {
        for (id, _) in state.partners { set(id, entry(for: id, in: state)) }
        for (id, _) in state.agreements { set(id, entry(for: id, in: state)) }
        for (id, _) in state.commitments { set(id, entry(for: id, in: state)) }
        for (id, _) in state.actions { set(id, entry(for: id, in: state)) }
        for (id, _) in state.categories { set(id, entry(for: id, in: state)) }
        sortedTokens = Set(titlePostings.keys).union(bodyPostings.keys).sorted()
    }

    /// Re-indexes the items a change touched (removing those that no longer exist).
    public mutating func update(for change: Change, in state: AccordState) {
        update(ids: Set(change.events.map(\.itemID)), in: state)
    }

    public mutating func update(ids: Set<String>, in state: AccordState) {
        for id in ids {
            let fresh = entry(for: id, in: state)
            guard fresh != entries[id] else { continue }
            if let old = entries[id] {
                for token in old.titleTokens { Self.remove(id, token, from: &titlePostings) }
                for token in old.bodyTokens { Self.remove(id, token, from: &bodyPostings) }
                for token in old.titleTokens.union(old.bodyTokens) where titlePostings[token] == nil && bodyPostings[token] == nil {
                    if let at = position(of: token), at < sortedTokens.count, sortedTokens[at] == token {
                        sortedTokens.remove(at: at)
                    }
                }
                entries[id] = nil
            }
            if let fresh {
                for token in fresh.titleTokens.union(fresh.bodyTokens) where titlePostings[token] == nil && bodyPostings[token] == nil {
                    sortedTokens.insert(token, at: position(of: token) ?? sortedTokens.count)
                }
                set(id, fresh)
            }
        }
    }

    private mutating func set(_ id: String, _ entry: Entry?) {
        guard let entry else { return }
        entries[id] = entry
        for token in entry.titleTokens { titlePostings[token, default: []].insert(id) }
        for token in entry.bodyTokens { bodyPostings[token, default: []].insert(id) }
    }

    private static func remove(_ id: String, _ token: String, from postings: inout [String: Set<String>]) {
        postings[token]?.remove(id)
        if postings[token]?.isEmpty == true { postings[token] = nil }
    }

    /// The first index whose token is not less than `token`.
    private func position(of token: String) -> Int? {
        var low = 0, high = sortedTokens.count
        while low < high {
            let mid = (low + high) / 2
            if sortedTokens[mid] < token { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The texts of an item: its title or name, and the rest.
    static func fields(of id: String, in state: AccordState) -> (kind: ItemKind, title: String, body: String)? {
        if let p = state.partners[id] {
            return (.partner, p.name + " " + p.shortName, [p.description, p.place, p.kind.label].joined(separator: " "))
        }
        if let a = state.agreements[id] { return (.agreement, a.title, a.summary + " " + a.source) }
        if let c = state.commitments[id] {
            return (.commitment, c.title, c.description + " " + (state.categories[c.categoryID]?.name ?? ""))
        }
        if let a = state.actions[id] { return (.action, a.title, a.note) }
        if let c = state.categories[id] { return (.category, c.name, c.id) }
        return nil
    }

    private func entry(for id: String, in state: AccordState) -> Entry? {
        guard let fields = Self.fields(of: id, in: state) else { return nil }
        return Entry(kind: fields.kind, titleTokens: Set(Tokenizer.tokens(fields.title)),
                     bodyTokens: Set(Tokenizer.tokens(fields.body)))
    }

    // MARK: Lookup

    /// How well an item matched one term: title beats body, whole word beats prefix.
    static func weight(title: Bool, whole: Bool) -> Int {
        switch (title, whole) {
        case (true, true): return 10
        case (true, false): return 6
        case (false, true): return 4
        case (false, false): return 2
        }
    }

    /// Items matching `term` as a whole word or a prefix, with their best weight.
    func matches(_ term: String) -> [String: Int] {
        var result: [String: Int] = [:]
        guard var index = position(of: term) else { return result }
        while index < sortedTokens.count, sortedTokens[index].hasPrefix(term) {
            let token = sortedTokens[index]
            let whole = token == term
            let titleWeight = Self.weight(title: true, whole: whole), bodyWeight = Self.weight(title: false, whole: whole)
            for id in bodyPostings[token] ?? [] where result[id, default: 0] < bodyWeight { result[id] = bodyWeight }
            for id in titlePostings[token] ?? [] where result[id, default: 0] < titleWeight { result[id] = titleWeight }
            index += 1
        }
        return result
    }

    func kind(of id: String) -> ItemKind? { entries[id]?.kind }
    var allIDs: Dictionary<String, Entry>.Keys { entries.keys }
}
