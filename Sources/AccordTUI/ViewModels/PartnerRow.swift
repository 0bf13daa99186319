import AccordCore

/// A row of the Partners pane: a partner (or "All partners") and its number of agreements.
public struct PartnerRow: Hashable, Sendable {
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

extension PaneModel where Row == PartnerRow {
    /// The Partners pane of `model`.
    init(partnersOf model: DashboardModel, _ state: AccordState) {
        let selection = model.paneState(.partners).selection
        let rows = Self.visible(.partners, of: model).map { index in
            guard let id = model.partnerRows[index] else {
                return PartnerRow(name: Phrases.dashboard.allPartners.text, count: model.totals.agreementCount, isAll: true, selected: index == selection)
            }
            return PartnerRow(name: state.partners[id]?.displayName ?? id, count: model.totals.agreementsByPartner[id] ?? 0,
                              selected: index == selection)
        }
        self.init(title: "1 " + Phrases.dashboard.partnersPane.text, focused: model.focus == .partners, rows: rows, footer: Self.position(.partners, of: model),
                  terms: model.search?.highlightTerms ?? [], plain: model.accessible)
    }
}
