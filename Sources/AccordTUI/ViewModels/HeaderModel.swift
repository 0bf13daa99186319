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

    init(_ model: DashboardModel) {
        let actions = model.totals.actions
        left = " Accord · \(Plural.of(model.totals.agreementCount, "agreement")) · \(actions.done)/\(actions.total) actions done"
        rightIsWarning = model.readOnlyReason != nil
        right = (rightIsWarning ? "READ-ONLY · " : "") + "\(model.today) "
    }
}
