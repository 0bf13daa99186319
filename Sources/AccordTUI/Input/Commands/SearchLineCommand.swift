/// What a key asks of the search line (typed characters go into the query).
public enum SearchLineCommand: Hashable, Sendable {
    /// Closes the line and selects the first hit.
    case jump
    /// Closes the line and clears the search.
    case cancel
    case eraseCharacter, eraseAll, eraseWord
    case help, redraw, quit
    /// A row that only documents typing.
    case type
}
