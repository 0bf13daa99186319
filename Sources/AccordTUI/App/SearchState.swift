import AccordCore

/// The dashboard's search: what was typed, its hits, and which hit is current.
public struct SearchState: Hashable, Sendable {
    /// The text on the search line.
    public var text = ""
    public var query: SearchQuery?
    /// Why the text is not a valid query ("status: takes done or open").
    public var problem: String?
    public var hits: [SearchHit] = []
    /// Index into `hits` after Enter, n or N.
    public var current: Int?

    /// Folded words to highlight in the panes.
    public var highlightTerms: [String] { query?.highlightTerms ?? [] }
}
