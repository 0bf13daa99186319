/// The kinds of item an id can name.
public enum ItemKind: String, CaseIterable, Codable, Sendable {
    case category, partner, agreement, commitment, action
}

extension ItemKind {
    /// "an action", "a partner".
    public var withArticle: String { (self == .action || self == .agreement ? "an " : "a ") + rawValue }
}
