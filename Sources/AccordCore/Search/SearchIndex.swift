/// An inverted index over every text field: partner names, agreement titles
/// and summaries, commitment and action titles, descriptions, notes and
/// categories. Kept current change by change (`update`), never rebuilt per keystroke.
///
/// Items are numbered (documents); postings hold document numbers, so a
/// lookup fills flat arrays instead of hashing ids.
public struct SearchIndex: Sendable {
    struct Document: Hashable, Sendable {
        var id: String
        var kind: ItemKind
        /// The item's rank, kept here so ranking needs no lookup per hit.
        var rank: Int
        var titleTokens: Set<String>
        var bodyTokens: Set<String>
    }

    struct Postings: Sendable {
        var title: [Int32] = []
        var body: [Int32] = []
        var isEmpty: Bool { title.isEmpty && body.isEmpty }
    }

    /// Document number → document (nil once removed; the number is reused).
    private(set) var documents: [Document?] = []
    private(set) var numbers: [String: Int32] = [:]
    private var freeNumbers: [Int32] = []
    private(set) var postings: [String: Postings] = [:]
    /// Every token, sorted, for prefix lookups by binary search.
    private(set) var sortedTokens: [String] = []

    /// Indexes everything in `state`.
    public init(_ state: AccordState) {
        let ids = Array(state.partners.keys) + Array(state.agreements.keys) + Array(state.commitments.keys)
            + Array(state.actions.keys) + Array(state.categories.keys)
        documents.reserveCapacity(ids.count)
        numbers.reserveCapacity(ids.count)
        for id in ids {
            guard let document = Self.document(for: id, in: state) else { continue }
            let number = Int32(documents.count)
            documents.append(document)
            numbers[id] = number
            for token in document.titleTokens { postings[token, default: Postings()].title.append(number) }
            for token in document.bodyTokens { postings[token, default: Postings()].body.append(number) }
        }
        sortedTokens = postings.keys.sorted()
    }

    /// Re-indexes the items a change touched (removing those that no longer exist).
    public mutating func update(for change: Change, in state: AccordState) {
        update(ids: Set(change.events.map(\.itemID)), in: state)
    }

    public mutating func update(ids: Set<String>, in state: AccordState) {
        for id in ids {
            let fresh = Self.document(for: id, in: state)
            let number = numbers[id]
            if let number, documents[Int(number)] == fresh { continue }
            if let number, let old = documents[Int(number)] {
                for token in old.titleTokens { postings[token]?.title.removeAll { $0 == number } }
                for token in old.bodyTokens { postings[token]?.body.removeAll { $0 == number } }
                for token in old.titleTokens.union(old.bodyTokens) where postings[token]?.isEmpty == true {
                    postings[token] = nil
                    if let at = position(of: token), at < sortedTokens.count, sortedTokens[at] == token { sortedTokens.remove(at: at) }
                }
                documents[Int(number)] = nil
                numbers[id] = nil
                freeNumbers.append(number)
            }
            guard let fresh else { continue }
            let assigned: Int32
            if let reused = freeNumbers.popLast() {
                assigned = reused
                documents[Int(reused)] = fresh
            } else {
                assigned = Int32(documents.count)
                documents.append(fresh)
            }
            numbers[id] = assigned
            for token in fresh.titleTokens.union(fresh.bodyTokens) where postings[token] == nil {
                sortedTokens.insert(token, at: position(of: token) ?? sortedTokens.count)
            }
            for token in fresh.titleTokens { postings[token, default: Postings()].title.append(assigned) }
            for token in fresh.bodyTokens { postings[token, default: Postings()].body.append(assigned) }
        }
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

    private static func document(for id: String, in state: AccordState) -> Document? {
        guard let fields = fields(of: id, in: state) else { return nil }
        return Document(id: id, kind: fields.kind, rank: SearchIndex.rank(of: id, in: state),
                        titleTokens: Set(Tokenizer.tokens(fields.title)), bodyTokens: Set(Tokenizer.tokens(fields.body)))
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

    /// For each document, the best weight with which it matches `term` (0: no match), and the documents touched.
    func matches(_ term: String, into weights: inout [UInt8], touched: inout [Int32]) {
        guard var index = position(of: term) else { return }
        while index < sortedTokens.count, sortedTokens[index].hasPrefix(term) {
            let token = sortedTokens[index]
            let whole = token == term
            let postings = self.postings[token]!
            let bodyWeight = UInt8(Self.weight(title: false, whole: whole)), titleWeight = UInt8(Self.weight(title: true, whole: whole))
            for number in postings.body where weights[Int(number)] < bodyWeight {
                if weights[Int(number)] == 0 { touched.append(number) }
                weights[Int(number)] = bodyWeight
            }
            for number in postings.title where weights[Int(number)] < titleWeight {
                if weights[Int(number)] == 0 { touched.append(number) }
                weights[Int(number)] = titleWeight
            }
            index += 1
        }
    }

    var documentCount: Int { documents.count }
    func document(_ number: Int32) -> Document? { documents[Int(number)] }
}

extension SearchIndex: Equatable {
    /// Two indexes are equal when they index the same items with the same tokens
    /// (document numbering may differ).
    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool {
        func view(_ index: SearchIndex) -> [String: Document] {
            Dictionary(uniqueKeysWithValues: index.documents.compactMap { $0.map { ($0.id, $0) } })
        }
        func postings(_ index: SearchIndex) -> [String: Set<String>] {
            index.postings.mapValues { Set(($0.title + $0.body).compactMap { index.documents[Int($0)]?.id }) }
        }
        return view(lhs) == view(rhs) && postings(lhs) == postings(rhs) && lhs.sortedTokens == rhs.sortedTokens
    }
}
