import AccordCore

/// The three panes, left to right.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
    case partners, agreements, checklist

    public var title: String {
        switch self {
        case .partners: return Phrases.dashboard.partnersPane.text
        case .agreements: return Phrases.dashboard.agreementsPane.text
        case .checklist: return Phrases.dashboard.checklistPane.text
        }
    }
}
