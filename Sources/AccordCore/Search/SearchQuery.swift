/// A parsed search: words (ANDed, each also matching as a prefix), quoted
/// phrases, and the filters `category:`, `partner:`, `status:done|open`, `due:overdue`.
public struct SearchQuery: Hashable, Sendable {
    /// Folded tokens of the free words.
    public var terms: [String] = []
    /// Folded tokens of each quoted phrase.
    public var phrases: [[String]] = []
    /// Folded values of `category:` (an id or the start of a name).
    public var categories: [String] = []
    /// Folded values of `partner:` (an id, or the start of a name or short name).
    public var partners: [String] = []
    public var status: Status?
    public var overdueOnly = false

    public enum Status: String, Hashable, Sendable { case done, open }

    /// Why a query cannot be run, in words.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init() {}

    /// True when there is nothing to look for.
    public var isEmpty: Bool {
        terms.isEmpty && phrases.isEmpty && categories.isEmpty && partners.isEmpty && status == nil && !overdueOnly
    }

    /// Every token the query looks for in text (terms and phrase words), for highlighting.
    public var highlightTerms: [String] { terms + phrases.flatMap { $0 } }

    /// Parses what a person typed. An unterminated quote runs to the end (so typing works).
    public static func parse(_ text: String) throws(Problem) -> SearchQuery {
        var query = SearchQuery()
        var rest = Substring(text)
        while let first = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[first...]
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: "\"") ?? body.endIndex
                let tokens = Tokenizer.tokens(body[..<end])
                if !tokens.isEmpty { query.phrases.append(tokens) }
                rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
                continue
            }
            let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
            let word = rest[..<end]
            rest = rest[end...]
            if let colon = word.firstIndex(of: ":") {
                let key = word[..<colon].lowercased()
                var value = String(word[word.index(after: colon)...])
                if value.hasPrefix("\"") {
                    // partner:"grand orly" — the value runs to the closing quote.
                    let all = value.dropFirst() + rest
                    let close = all.firstIndex(of: "\"") ?? all.endIndex
                    value = String(all[..<close])
                    let restText = close < all.endIndex ? all[all.index(after: close)...] : all[close...]
                    rest = Substring(String(restText))
                }
                if try query.addFilter(key, value) { continue }
            }
            query.terms += Tokenizer.tokens(withoutElision(word))
        }
        return query
    }

    /// Adds `key:value` when `key` is a filter; false when it is not one (the word is searched as text).
    private mutating func addFilter(_ key: String, _ value: String) throws(Problem) -> Bool {
        let folded = TextFolding.fold(value).trimmingCharacters(in: .whitespaces)
        // Each filter also has its French name and values (catégorie:, statut:fait, échéance:retard).
        switch TextFolding.fold(key) {
        case "category", "cat", "categorie":
            if !folded.isEmpty { categories.append(folded) }
        case "partner", "partenaire":
            if !folded.isEmpty { partners.append(folded) }
        case "status", "statut":
            let french: [String: Status] = ["fait": .done, "faite": .done, "faites": .done, "ouvert": .open, "ouverte": .open, "afaire": .open]
            guard let status = Status(rawValue: folded) ?? french[folded] else {
                if folded.isEmpty { return true }
                throw Problem(description: Phrases.core.statusFilter.text)
            }
            self.status = status
        case "due", "echeance":
            let words = ["overdue", "retard"]
            guard folded.isEmpty || words.contains(where: { $0.hasPrefix(folded) }) else {
                throw Problem(description: Phrases.core.dueFilter.text)
            }
            overdueOnly = words.contains(folded)
        default:
            return false
        }
        return true
    }

    /// French elided articles and pronouns at the start of a word: "l'Université" looks for
    /// "universite", not also for every word starting with "l".
    static let elisions: Set<String> = ["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"]

    /// `word` without a leading elision ("l'", "d’", "qu'").
    static func withoutElision(_ word: Substring) -> Substring {
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }),
              elisions.contains(word[..<apostrophe].lowercased()) else { return word }
        return word[word.index(after: apostrophe)...]
    }
}
