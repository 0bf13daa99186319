/// The kinds of item an id can name.
public enum ItemKind: String, CaseIterable, Codable, Sendable {
    case category, partner, agreement, commitment, action
}
