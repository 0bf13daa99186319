import AccordCore

/// A row of the Agreements pane: an agreement with its standing.
public struct AgreementRow: Hashable, Sendable {
    public var title: String
    public var progress: Progress
    /// "!1 late", "expired", "ends in 40d".
    public var note: AgreementStanding.Note?
    public var signed: Day?
    /// The signatories' short names, joined.
    public var partners: String
    /// The signatories' full names, joined (shown from 120 columns).
    public var partnersInFull: String
    /// Past its end date (drawn dimmed, whatever its note).
    public var expired: Bool
    public var selected: Bool

    public init(title: String, progress: Progress, note: AgreementStanding.Note? = nil, signed: Day? = nil,
                partners: String = "", partnersInFull: String? = nil, expired: Bool = false, selected: Bool = false) {
        self.partnersInFull = partnersInFull ?? partners
        self.title = title
        self.progress = progress
        self.note = note
        self.signed = signed
        self.partners = partners
        self.expired = expired
        self.selected = selected
    }
}

extension PaneModel where Row == AgreementRow {
    /// The Agreements pane of `model`.
    init(agreementsOf model: DashboardModel, _ state: AccordState) {
        let selection = model.paneState(.agreements).selection
        let rows = Self.visible(.agreements, of: model).compactMap { index -> AgreementRow? in
            guard let agreement = state.agreements[model.agreementRows[index]] else { return nil }
            let standing = AgreementStanding(agreement, state: state, today: model.today)
            return AgreementRow(title: agreement.title, progress: standing.progress, note: standing.note, signed: agreement.signed,
                                partners: agreement.signatories.map { state.partners[$0]?.displayName ?? $0 }.joined(separator: " · "),
                                partnersInFull: agreement.signatories.map { state.partners[$0]?.name ?? $0 }.joined(separator: " · "),
                                expired: standing.expired, selected: index == selection)
        }
        // A selected partner filters the pane: said in its title, not only by the row on the left.
        let partner = model.selectedPartnerID.map { state.partners[$0]?.displayName ?? $0 }
        self.init(title: "2 " + Phrases.dashboard.agreementsPane.text + (partner.map { " · \($0)" } ?? ""), focused: model.focus == .agreements,
                  rows: rows, footer: Self.position(.agreements, of: model),
                  emptyText: (state.agreements.isEmpty ? Phrases.dashboard.noAgreementYet : Phrases.dashboard.noAgreement).text, terms: model.search?.highlightTerms ?? [],
                  rowHeight: model.layout.agreementRowHeight, plain: model.accessible)
    }
}
