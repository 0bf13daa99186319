import AccordCore

/// What the bottom line shows: the search line while one is typed, else the last message,
/// else the current search hit, else the current mode's key hints.
public enum StatusBarModel: Hashable, Sendable {
    /// `/ words█   5 hits · Enter jumps`.
    case searchLine(text: String, outcome: String, outcomeRole: Role)
    /// A message, and what to do next ("u to undo"), shown whole after it.
    case message(String, tail: String?, isError: Bool)
    /// `3/17  action: Publier …` and the keys that step through hits.
    case hit(position: String, kind: String, text: String)
    case hints([Hint])

    /// A key hint: "j/k move"; a disabled one (read-only data) is drawn dimmed.
    public struct Hint: Hashable, Sendable {
        public var text: String
        public var enabled: Bool

        public init(_ text: String, enabled: Bool = true) {
            self.text = text
            self.enabled = enabled
        }
    }

    init(_ model: DashboardModel, _ state: AccordState) {
        if case .searchLine = model.mode, let search = model.search {
            let outcome: (String, Role)
            if let problem = search.problem {
                outcome = (problem, .error)
            } else if search.text.allSatisfy(\.isWhitespace) {
                // The keys from the search line's table.
                outcome = (([Phrases.dashboard.typeToSearch.text] + DashboardUpdate.hints(in: model).map(\.text)).joined(separator: " · "), .dim)
            } else if search.query != nil && search.answered != search.query {
                outcome = (Phrases.dashboard.searching.text, .dim)
            } else if search.hits.isEmpty {
                outcome = (Phrases.dashboard.noMatchShort.text, .error)
            } else {
                outcome = (Phrases.dashboard.hits(search.hits.count), .message)
            }
            self = .searchLine(text: search.text, outcome: outcome.0, outcomeRole: outcome.1)
        } else if let message = model.message {
            self = .message(message.text, tail: message.tail, isError: message.isError)
        } else if model.isSyncing {
            self = .message(Phrases.dialog.syncing.text, tail: Phrases.dialog.syncingTail.text, isError: false)
        } else if case .panes = model.mode, let search = model.search, let current = search.current, !search.hits.isEmpty {
            let hit = search.hits[current]
            self = .hit(position: "\(current + 1)/\(search.hits.count)", kind: hit.kind.name.text,
                        text: SearchIndex.text(of: hit, in: state, terms: search.highlightTerms))
        } else {
            self = .hints(DashboardUpdate.hints(in: model))
        }
    }
}
