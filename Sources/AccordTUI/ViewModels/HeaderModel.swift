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
        let agreements = Plural.of(model.totals.agreementCount, "agreement")
        // With a partner selected the panes show part of the data: the header says which part.
        let shown = model.selectedPartnerID.map { id in
            "\(state.partners[id]?.displayName ?? id): \(model.agreementRows.count) of \(agreements)"
        }
        left = " Accord · \(shown ?? agreements) · \(actions.done)/\(actions.total) actions done"
        rightIsWarning = model.readOnlyReason != nil
        right = (rightIsWarning ? "READ-ONLY · " : "") + "\(model.today) "
    }
}
