import AccordCore

/// What the Agreements pane shows: each visible agreement with its standing.
public struct AgreementsPaneModel: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var title: String
        public var progress: Progress
        /// "!1 late", "expired", "ends in 40d".
        public var note: AgreementStanding.Note?
        public var signed: Day?
        /// The signatories' short names, joined.
        public var partners: String
        /// Past its end date (drawn dimmed, whatever its note).
        public var expired: Bool
        public var selected: Bool

        public init(title: String, progress: Progress, note: AgreementStanding.Note? = nil, signed: Day? = nil,
                    partners: String = "", expired: Bool = false, selected: Bool = false) {
            self.title = title
            self.progress = progress
            self.note = note
            self.signed = signed
            self.partners = partners
            self.expired = expired
            self.selected = selected
        }
    }

    public var focused: Bool
    public var rows: [Row]
    public var footer: String?
    public var terms: [String] = []

    public init(focused: Bool, rows: [Row], footer: String?, terms: [String] = []) {
        self.focused = focused
        self.rows = rows
        self.footer = footer
        self.terms = terms
    }

    init(_ model: DashboardModel, _ state: AccordState) {
        let pane = model.paneState(.agreements)
        let visible = model.agreementRows.indices.dropFirst(pane.scroll).prefix(model.layout.visibleRows(.agreements))
        rows = visible.compactMap { index in
            guard let agreement = state.agreements[model.agreementRows[index]] else { return nil }
            let standing = AgreementStanding(agreement, state: state, today: model.today)
            return Row(title: agreement.title, progress: standing.progress, note: standing.note, signed: agreement.signed,
                       partners: agreement.signatories.map { state.partners[$0]?.displayName ?? $0 }.joined(separator: " · "),
                       expired: standing.expired, selected: index == pane.selection)
        }
        focused = model.focus == .agreements
        footer = model.agreementRows.isEmpty ? nil : "\(pane.selection + 1)/\(model.agreementRows.count)"
        terms = model.search?.highlightTerms ?? []
    }
}
