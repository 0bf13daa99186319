/// Something of an agreement past its due day: an open action, or a commitment with
/// open actions — the same rule the overview uses (`Commitment.isOverdue`).
public struct OverdueReport: Hashable, Sendable, Encodable {
    public enum Kind: String, Hashable, Sendable, Encodable { case commitment, action }

    public let kind: Kind
    public let id: String
    public let title: String
    public let due: Day
    /// For an action, its commitment's title; for a commitment, "1/3 actions done".
    public let context: String
}
