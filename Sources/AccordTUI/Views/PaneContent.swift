/// How many rows the panes hold: the layout gives the panes only the height they can fill
/// and the rest to the details. The agreements' and the checklist's are the most met so far,
/// so that moving from partner to partner or agreement to agreement does not move the panes'
/// bottom edge.
public struct PaneContent: Hashable, Sendable {
    public var partners: Int
    public var agreements: Int
    public var checklist: Int

    /// No counts yet: every pane takes its full height.
    public static let unknown = PaneContent(partners: .max / 4, agreements: .max / 4, checklist: .max / 4)

    public init(partners: Int, agreements: Int, checklist: Int) {
        self.partners = partners
        self.agreements = agreements
        self.checklist = checklist
    }
}
