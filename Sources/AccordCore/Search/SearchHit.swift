/// One search result.
public struct SearchHit: Hashable, Sendable {
    public var id: String
    public var kind: ItemKind
    public var score: Int
    /// The text that matched best: the title (or name), else the description, summary or note.
    public var text: String
    /// True when `text` is the title or name.
    public var matchedTitle: Bool
}
