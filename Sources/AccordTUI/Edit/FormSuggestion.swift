/// What → would put in the focused field: an item's id, and its name to show beside it.
public struct FormSuggestion: Hashable, Sendable {
    public var id: String
    public var name: String
}
