/// What a command will read or change, so that opening loads only that part of the ledger
/// from the snapshot read in place (see `Journal.open(…scope:)`). A scope that needs more
/// than a part (a partner, a category, a search without words, an undo of anything but a
/// tick or a note) opens the whole ledger instead: the answer is the same either way.
public enum ReadScope: Hashable, Sendable {
    /// The items named (ids as typed) with what showing or changing them needs: the items
    /// above them, their commitments and actions, an action's siblings (a series' occurrences).
    case items([String])
    /// The items that hold every word of the query, with the items above the `limit` best
    /// of them as ranked on `today` (above all of them when the query filters by partner or
    /// category, which the items above decide).
    case search(SearchQuery, today: Day, limit: Int)
    /// The change `undo` or `redo` takes from the top of its stack, and the items it touches.
    case undo
    case redo
    /// Every agreement, with its progress as kept with the rows (`Journal.agreementProgress`),
    /// and no commitment or action.
    case agreementList
    /// Every partner and agreement, with all that lies in the first `agreements` agreements
    /// by rank: what the dashboard's first frame shows (see `CachedFirstScreen`).
    case firstScreen(agreements: Int)
}
