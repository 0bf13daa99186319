import AccordCore

/// The dashboard's search: what was typed, its hits, and which hit is current.
public struct SearchState: Hashable, Sendable {
    /// The text on the search line.
    public var text = ""
    public var query: SearchQuery?
    /// Why the text is not a valid query ("status: takes done or open").
    public var problem: String?
    public var hits: [SearchHit] = []
    /// The query `hits` answer: another than `query` while its answer is on the way (the
    /// index still being built on another core).
    public var answered: SearchQuery?
    /// Index into `hits` after Enter, n or N.
    public var current: Int?
    /// The partner filter before a jump to a partner hit changed it ("All partners": a nil
    /// `partnerID`); given back when the search is cleared. Nil while no jump changed it.
    public var filterBeforeJumps: PartnerFilter?

    /// The partner the Agreements pane is filtered by, nil for all of them.
    public struct PartnerFilter: Hashable, Sendable {
        public var partnerID: String?
    }

    /// Folded words to highlight in the panes.
    public var highlightTerms: [String] { query?.highlightTerms ?? [] }
}
