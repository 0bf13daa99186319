/// Where everything goes for a screen size and what the panes hold.
///
/// The room goes where the text is: from 120 columns an agreement takes three lines (its
/// title over two when long, its signatories in full) and the Agreements pane is wider; when
/// the panes hold fewer rows than the screen has, the details below take the rest.
public struct DashboardLayout: Hashable, Sendable {
    /// The smallest size the dashboard works at; below it says so.
    public static let minimumWidth = 48
    public static let minimumHeight = 14
    /// From this width an agreement takes three lines and the Agreements pane 37 % of the width.
    public static let wideWidth = 120

    public let width: Int
    public let height: Int
    /// One line per item, no box lines: for screen readers and braille displays.
    public let accessible: Bool
    public let header: Rect
    public let panes: [PaneID: Rect]
    public let detail: Rect
    public let status: Rect
    /// Lines one agreement takes: 1 accessible, 2 below 120 columns, else 3.
    public let agreementRowHeight: Int

    public init(width: Int, height: Int, accessible: Bool = false, content: PaneContent = .unknown) {
        self.width = width
        self.height = height
        self.accessible = accessible
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        agreementRowHeight = accessible ? 1 : width < Self.wideWidth ? 2 : 3
        // The details grow with the screen (6 lines at 24 rows, 12 from 40): a tall terminal
        // shows an agreement's summary and a note whole instead of empty pane rows.
        let usual = max(4, min(12, height / 4 + max(0, height - 30) / 3))
        var paneHeight = height - 2 - usual
        // Panes that hold fewer rows give the rest to the details — down to half the screen
        // (8 lines at least): the details are read, a blank half is not.
        let needed = max(content.partners, content.agreements * agreementRowHeight, content.checklist) + 2
        if needed < paneHeight { paneHeight = max(needed, min(paneHeight, max(8, (height - 2) / 2))) }
        let detailHeight = height - 2 - paneHeight
        detail = Rect(x: 0, y: height - 1 - detailHeight, width: width, height: detailHeight)
        // The checklist's action titles need the room most; partner names read well at 30
        // columns, agreement titles at 64 — from 120 columns they get 37 % (two lines of title)
        // and the partners 18 %.
        let wide = width >= Self.wideWidth
        let partnersWidth = wide ? min(30, width * 18 / 100) : min(30, max(14, (width * 21 + 50) / 100))
        let agreementsWidth = wide ? min(80, width * 37 / 100) : min(64, max(18, width * 35 / 100))
        if accessible {
            // One pane at a time, the whole width: a screen reader reads a line of the screen
            // as one, and three panes side by side would be read as one sentence.
            let whole = Rect(x: 0, y: 1, width: width, height: paneHeight)
            panes = [.partners: whole, .agreements: whole, .checklist: whole]
            return
        }
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

    /// Lines one row of `id` takes.
    public func rowHeight(_ id: PaneID) -> Int { id == .agreements ? agreementRowHeight : 1 }

    /// Rows of `id` that fit inside its frame.
    public func visibleRows(_ id: PaneID) -> Int { max(1, (pane(id).height - 2) / rowHeight(id)) }

    /// The pane at a cell, if any; in accessible mode, where every pane has the same place, `focused`.
    public func pane(atX x: Int, y: Int, focused: PaneID) -> PaneID? {
        if accessible { return pane(focused).contains(x: x, y: y) ? focused : nil }
        return PaneID.allCases.first { pane($0).contains(x: x, y: y) }
    }
}
