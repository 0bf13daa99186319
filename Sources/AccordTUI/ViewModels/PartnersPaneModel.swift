import AccordCore

/// What the Partners pane shows: its visible rows, "All partners" first.
public struct PartnersPaneModel: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var name: String
        /// Agreements the partner signed or is associated with (all agreements for "All partners").
        public var count: Int
        public var isAll: Bool
        public var selected: Bool

        public init(name: String, count: Int, isAll: Bool = false, selected: Bool = false) {
            self.name = name
            self.count = count
            self.isAll = isAll
            self.selected = selected
        }
    }

    public var focused: Bool
    /// The rows in view, top first.
    public var rows: [Row]
    /// "3/31", or nil when there is no row.
    public var footer: String?
    /// Folded search words to highlight.
    public var terms: [String] = []

    public init(focused: Bool, rows: [Row], footer: String?, terms: [String] = []) {
        self.focused = focused
        self.rows = rows
        self.footer = footer
        self.terms = terms
    }

    init(_ model: DashboardModel, _ state: AccordState) {
        let pane = model.paneState(.partners)
        let visible = model.partnerRows.indices.dropFirst(pane.scroll).prefix(model.layout.visibleRows(.partners))
        rows = visible.map { index in
            guard let id = model.partnerRows[index] else {
                return Row(name: "All partners", count: model.totals.agreementCount, isAll: true, selected: index == pane.selection)
            }
            return Row(name: state.partners[id]?.displayName ?? id, count: model.totals.agreementsByPartner[id] ?? 0,
                       selected: index == pane.selection)
        }
        focused = model.focus == .partners
        footer = model.partnerRows.isEmpty ? nil : "\(pane.selection + 1)/\(model.partnerRows.count)"
        terms = model.search?.highlightTerms ?? []
    }
}
