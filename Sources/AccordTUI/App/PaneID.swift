/// The three panes, left to right.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
    case partners, agreements, checklist

    public var title: String {
        switch self {
        case .partners: return "Partners"
        case .agreements: return "Agreements"
        case .checklist: return "Checklist"
        }
    }

    /// Lines one row takes (an agreement shows a second line with its progress).
    public var rowHeight: Int { self == .agreements ? 2 : 1 }
}
