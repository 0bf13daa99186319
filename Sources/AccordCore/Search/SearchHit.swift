/// One search result; `SearchIndex.text(of:in:terms:)` gives the text to show.
public struct SearchHit: Hashable, Sendable {
    public var id: String
    public var kind: ItemKind
    public var score: Int
    /// True when every word matched the title (or name); else the description, summary or note matched.
    public var matchedTitle: Bool
}
