/// Where everything goes for a screen size.
public struct DashboardLayout: Hashable, Sendable {
    /// The smallest size the dashboard works at; below it says so.
    public static let minimumWidth = 48
    public static let minimumHeight = 14

    public let width: Int
    public let height: Int
    public let header: Rect
    public let panes: [PaneID: Rect]
    public let detail: Rect
    public let status: Rect

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        // The details grow with the screen (6 lines at 24 rows, 12 from 40): a tall terminal
        // shows an agreement's summary and a note whole instead of empty pane rows.
        let detailHeight = max(4, min(12, height / 4 + max(0, height - 30) / 3))
        detail = Rect(x: 0, y: height - 1 - detailHeight, width: width, height: detailHeight)
        let paneHeight = height - 2 - detailHeight
        // The checklist's action titles need the room most; names and agreement titles are
        // read well enough at 30 and 64 columns, so a wide screen gives the rest to the checklist.
        let partnersWidth = min(30, max(14, (width * 21 + 50) / 100))
        let agreementsWidth = min(64, max(18, width * 35 / 100))
        panes = [
            .partners: Rect(x: 0, y: 1, width: partnersWidth, height: paneHeight),
            .agreements: Rect(x: partnersWidth, y: 1, width: agreementsWidth, height: paneHeight),
            .checklist: Rect(x: partnersWidth + agreementsWidth, y: 1,
                             width: width - partnersWidth - agreementsWidth, height: paneHeight),
        ]
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public func pane(_ id: PaneID) -> Rect { panes[id]! }

    /// Everything between the header and the status bar (the overview's place).
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: max(0, height - 2)) }

    /// Rows of `id` that fit inside its frame.
    public func visibleRows(_ id: PaneID) -> Int { max(1, (pane(id).height - 2) / id.rowHeight) }

    /// The pane at a cell, if any.
    public func pane(atX x: Int, y: Int) -> PaneID? {
        PaneID.allCases.first { pane($0).contains(x: x, y: y) }
    }
}
