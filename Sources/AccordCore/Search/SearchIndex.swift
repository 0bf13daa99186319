/// An inverted index over every text field: partner names, agreement titles
/// and summaries, commitment and action titles, descriptions, notes and
/// categories. Kept current change by change (`update`), never rebuilt per keystroke.
///
/// Items are numbered (documents) and tokens are numbered; everything a
/// lookup touches is a flat array of plain numbers (no strings, no reference
/// counting per hit), so a one-letter prefix over 100,000 items stays cheap.
public struct SearchIndex: Sendable {
    /// A posting or a document's token: a number shifted left once, the low bit set for a title match.
    typealias Tagged = UInt32

    // Documents, by number (a removed document's number is reused).
    /// The item id; nil for a free number.
    private(set) var ids: [String?] = []
    private(set) var kinds: [ItemKind] = []
    /// The item's rank, kept here so ranking needs no lookup per hit.
    private(set) var ranks: [Int] = []
    /// Where a document's tagged token numbers sit in `documentTokens` (sorted, no repeats).
    private var spans: [Range<Int>] = []
    private var documentTokens: [Tagged] = []
    /// Entries of `documentTokens` no document points at any more (compacted away past a threshold).
    private var unusedTokenEntries = 0
    private(set) var numbers: [String: Int32] = [:]
    private var freeNumbers: [Int32] = []

    // Tokens, by number.
    private var tokenNumbers: [String: UInt32] = [:]
    private var tokenTexts: [String] = []
    /// For each token, the tagged document numbers that hold it.
    private var postings: [[Tagged]] = []
    private var freeTokens: [UInt32] = []
    /// The live token numbers ordered by their UTF-8 bytes, for prefix lookups by binary search.
    private var sortedTokens: [UInt32] = []
    /// Tokens numbered since `sortedTokens` was last brought up to date.
    private var pendingTokens: [UInt32] = []

    /// Indexes everything in `state`.
    public init(_ state: AccordState) {
        let count = state.partners.count + state.agreements.count + state.commitments.count + state.actions.count + state.categories.count
        ids.reserveCapacity(count)
        kinds.reserveCapacity(count)
        ranks.reserveCapacity(count)
        spans.reserveCapacity(count)
        numbers.reserveCapacity(count)
        var scratch: [Tagged] = []
        for (id, partner) in state.partners { add(id, IndexedText(partner), scratch: &scratch) }
        for (id, agreement) in state.agreements { add(id, IndexedText(agreement), scratch: &scratch) }
        for (id, commitment) in state.commitments { add(id, IndexedText(commitment, in: state), scratch: &scratch) }
        for (id, action) in state.actions { add(id, IndexedText(action), scratch: &scratch) }
        for (id, category) in state.categories { add(id, IndexedText(category), scratch: &scratch) }
        pendingTokens.removeAll()
        sortedTokens = (0..<UInt32(tokenTexts.count)).sorted { Self.precedes(tokenTexts[Int($0)], tokenTexts[Int($1)]) }
    }

    /// Re-indexes the items a change touched (removing those that no longer exist).
    public mutating func update(for change: Change, in state: AccordState) {
        update(ids: change.itemIDs, in: state)
    }

    /// Re-indexes these items as `state` has them (removing those it no longer has).
    public mutating func update(ids: Set<String>, in state: AccordState) {
        var scratch: [Tagged] = []
        for id in ids {
            let number = numbers[id]
            let text = IndexedText(of: id, in: state)
            if let number, isCurrent(number, text, scratch: &scratch) { continue }
            if let number { remove(number) }
            guard let text else { continue }
            add(id, text, scratch: &scratch)
            if !pendingTokens.isEmpty { insertNewTokensInOrder() }
        }
        if unusedTokenEntries > 4_096, unusedTokenEntries > documentTokens.count / 2 { compactDocumentTokens() }
    }

    // MARK: Building

    /// Indexes `id` under a new document number.
    private mutating func add(_ id: String, _ text: IndexedText, scratch: inout [Tagged]) {
        scratch.removeAll(keepingCapacity: true)
        Tokenizer.forEachToken(in: text.title) { scratch.append(intern($0) << 1 | 1) }
        Tokenizer.forEachToken(in: text.body) { scratch.append(intern($0) << 1) }
        Self.sortUnique(&scratch)
        let span = documentTokens.count..<documentTokens.count + scratch.count
        let number: Int32
        if let reused = freeNumbers.popLast() {
            number = reused
            let n = Int(reused)
            ids[n] = id
            kinds[n] = text.kind
            ranks[n] = text.rank
            spans[n] = span
        } else {
            number = Int32(ids.count)
            ids.append(id)
            kinds.append(text.kind)
            ranks.append(text.rank)
            spans.append(span)
        }
        documentTokens.append(contentsOf: scratch)
        numbers[id] = number
        for tagged in scratch { postings[Int(tagged >> 1)].append(UInt32(number) << 1 | tagged & 1) }
    }

    /// True when document `number` already holds `text` (same kind, rank and tokens).
    private func isCurrent(_ number: Int32, _ text: IndexedText?, scratch: inout [Tagged]) -> Bool {
        let n = Int(number)
        guard let text, kinds[n] == text.kind, ranks[n] == text.rank else { return false }
        scratch.removeAll(keepingCapacity: true)
        var known = true
        func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, title: Bool) {
            guard known, let token = tokenNumbers[String(decoding: bytes, as: UTF8.self)] else { known = false; return }
            scratch.append(token << 1 | (title ? 1 : 0))
        }
        Tokenizer.forEachToken(in: text.title) { lookUp($0, title: true) }
        Tokenizer.forEachToken(in: text.body) { lookUp($0, title: false) }
        guard known else { return false }
        Self.sortUnique(&scratch)
        return documentTokens[spans[n]].elementsEqual(scratch)
    }

    /// Takes document `number` out of the postings and frees its number (and tokens no document holds any more).
    private mutating func remove(_ number: Int32) {
        let n = Int(number)
        guard let id = ids[n] else { return }
        var emptied: [UInt32] = []
        for tagged in documentTokens[spans[n]] {
            let token = Int(tagged >> 1)
            let posting = UInt32(number) << 1 | tagged & 1
            if let at = postings[token].firstIndex(of: posting) { postings[token].remove(at: at) }
            if postings[token].isEmpty { emptied.append(UInt32(token)) }
        }
        unusedTokenEntries += spans[n].count
        spans[n] = 0..<0
        ids[n] = nil
        numbers[id] = nil
        freeNumbers.append(number)
        guard !emptied.isEmpty else { return }
        let gone = Set(emptied)
        sortedTokens.removeAll { gone.contains($0) }
        for token in gone {
            tokenNumbers[tokenTexts[Int(token)]] = nil
            tokenTexts[Int(token)] = ""
            freeTokens.append(token)
        }
    }

    /// The number of the token spelled by `bytes`, numbering it when new.
    private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let text = String(decoding: bytes, as: UTF8.self)
        if let known = tokenNumbers[text] { return known }
        let token: UInt32
        if let reused = freeTokens.popLast() {
            token = reused
            tokenTexts[Int(reused)] = text
        } else {
            token = UInt32(tokenTexts.count)
            tokenTexts.append(text)
            postings.append([])
        }
        tokenNumbers[text] = token
        pendingTokens.append(token)
        return token
    }

    /// Puts tokens numbered by an update into `sortedTokens`.
    private mutating func insertNewTokensInOrder() {
        for token in pendingTokens where !postings[Int(token)].isEmpty {
            sortedTokens.insert(token, at: position(of: tokenTexts[Int(token)]))
        }
        pendingTokens.removeAll()
    }

    /// Rewrites `documentTokens` without the entries of removed or re-indexed documents.
    private mutating func compactDocumentTokens() {
        var compacted: [Tagged] = []
        compacted.reserveCapacity(documentTokens.count - unusedTokenEntries)
        for n in spans.indices {
            let start = compacted.count
            compacted.append(contentsOf: documentTokens[spans[n]])
            spans[n] = start..<compacted.count
        }
        documentTokens = compacted
        unusedTokenEntries = 0
    }

    private static func sortUnique(_ values: inout [Tagged]) {
        values.sort()
        var last: Tagged?
        values.removeAll { value in
            defer { last = value }
            return value == last
        }
    }

    /// Byte order of the UTF-8: every token starting with a prefix sits in one run.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The first place in `sortedTokens` whose token is not before `token`.
    private func position(of token: String) -> Int {
        var low = 0, high = sortedTokens.count
        while low < high {
            let mid = (low + high) / 2
            if Self.precedes(tokenTexts[Int(sortedTokens[mid])], token) { low = mid + 1 } else { high = mid }
        }
        return low
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
        let termLength = term.utf8.count
        var index = position(of: term)
        while index < sortedTokens.count {
            let token = Int(sortedTokens[index])
            let text = tokenTexts[token]
            guard text.utf8.starts(with: term.utf8) else { break }
            let whole = text.utf8.count == termLength
            let byTag = (UInt8(Self.weight(title: false, whole: whole)), UInt8(Self.weight(title: true, whole: whole)))
            postings[token].withUnsafeBufferPointer { list in
                for tagged in list {
                    let n = Int(tagged >> 1)
                    let weight = tagged & 1 == 1 ? byTag.1 : byTag.0
                    if weights[n] < weight {
                        if weights[n] == 0 { touched.append(Int32(n)) }
                        weights[n] = weight
                    }
                }
            }
            index += 1
        }
    }

    var documentCount: Int { ids.count }
    func id(of number: Int32) -> String? { ids[Int(number)] }
    func kind(of number: Int32) -> ItemKind { kinds[Int(number)] }
    func rank(of number: Int32) -> Int { ranks[Int(number)] }

    /// The tokens of document `number`, title ones and body ones (for comparing indexes).
    private func tokens(of number: Int) -> (title: Set<String>, body: Set<String>) {
        var title: Set<String> = [], body: Set<String> = []
        for tagged in documentTokens[spans[number]] {
            if tagged & 1 == 1 { title.insert(tokenTexts[Int(tagged >> 1)]) } else { body.insert(tokenTexts[Int(tagged >> 1)]) }
        }
        return (title, body)
    }
}

extension SearchIndex: Equatable {
    /// Two indexes are equal when they index the same items with the same kinds,
    /// ranks and tokens, and list the same tokens (numbering may differ).
    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool {
        struct Entry: Equatable { var kind: ItemKind; var rank: Int; var title: Set<String>; var body: Set<String> }
        func view(_ index: SearchIndex) -> [String: Entry] {
            var result: [String: Entry] = [:]
            for n in index.ids.indices {
                guard let id = index.ids[n] else { continue }
                let tokens = index.tokens(of: n)
                result[id] = Entry(kind: index.kinds[n], rank: index.ranks[n], title: tokens.title, body: tokens.body)
            }
            return result
        }
        func postings(_ index: SearchIndex) -> [String: Set<String>] {
            var result: [String: Set<String>] = [:]
            for token in index.sortedTokens {
                result[index.tokenTexts[Int(token)]] = Set(index.postings[Int(token)].compactMap { index.ids[Int($0 >> 1)] })
            }
            return result
        }
        func ordered(_ index: SearchIndex) -> [String] { index.sortedTokens.map { index.tokenTexts[Int($0)] } }
        return view(lhs) == view(rhs) && postings(lhs) == postings(rhs) && ordered(lhs) == ordered(rhs)
    }
}

extension SearchIndex: CustomStringConvertible {
    /// A one-line summary (a failed comparison in a test prints this, not every posting).
    public var description: String {
        "SearchIndex(\(numbers.count) items, \(sortedTokens.count) tokens)"
    }
}
