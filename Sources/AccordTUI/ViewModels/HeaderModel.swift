import AccordCore

/// What the top line shows: totals on the left, the data's state and today on the right.
public struct HeaderModel: Hashable, Sendable {
    public var left: String
    public var right: String
    /// The right side is a warning (read-only data).
    public var rightIsWarning: Bool

    public init(left: String, right: String, rightIsWarning: Bool = false) {
        self.left = left
        self.right = right
        self.rightIsWarning = rightIsWarning
    }

    init(_ model: DashboardModel, _ state: AccordState) {
        let actions = model.totals.actions
        let words = Phrases.dashboard
        let agreements = Phrases.model.countedAgreements(model.totals.agreementCount)
        // With a partner selected the panes show part of the data: the header says which part.
        let shown = model.selectedPartnerID.map { id in
            words.partnerFilter(["partner": state.partners[id]?.displayName ?? id, "n": model.agreementRows.count, "agreements": agreements])
        }
        left = words.header(["shown": shown ?? agreements, "done": actions.done, "total": actions.total])
        rightIsWarning = model.readOnlyReason != nil
        right = (rightIsWarning ? words.readOnlyMark.text : "") + "\(LocalFormat.date(model.today)) "
    }
}
