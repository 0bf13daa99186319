import AccordCore

/// `?`: every binding, generated from the same table that handles the keys.
enum HelpOverlay {
    static func lines(_ dashboard: Dashboard) -> [ItemDetails.Line] {
        let keyWidth = dashboard.keyMap.bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 10
        var lines = dashboard.keyMap.bindings.map {
            ItemDetails.Line(TextClipping.pad($0.keyLabel, to: keyWidth) + "   " + $0.description)
        }
        lines.append(ItemDetails.Line(TextClipping.pad("mouse", to: keyWidth) + "   "
                                      + (dashboard.mouseEnabled ? "click selects and focuses, wheel scrolls" : "off (--no-mouse)")))
        return lines
    }

    static func render(_ dashboard: Dashboard, scroll: Int, into grid: inout Grid) {
        OverlayBox.draw(title: "Keys", lines: lines(dashboard), scroll: scroll, preferredWidth: 72,
                        footer: "Esc closes", into: &grid)
    }
}

/// Enter: everything about the selected item.
enum DetailsOverlay {
    static func render(_ dashboard: Dashboard, id: String, scroll: Int, into grid: inout Grid) {
        var lines = ItemDetails.lines(for: id, in: dashboard.state, today: dashboard.today)
        if let agreement = dashboard.state.agreements[id] {
            for commitment in dashboard.state.commitments(of: agreement.id) {
                lines.append(ItemDetails.Line("• " + commitment.title, .commitment))
                for action in dashboard.state.actions(of: commitment.id) {
                    lines.append(ItemDetails.Line("  \(action.isDone ? "[x]" : "[ ]") \(action.title)",
                                                  action.isDone ? .checkboxDone : .normal))
                }
            }
        } else if let commitment = dashboard.state.commitments[id] {
            for action in dashboard.state.actions(of: commitment.id) {
                lines.append(ItemDetails.Line("\(action.isDone ? "[x]" : "[ ]") \(action.title)", action.isDone ? .checkboxDone : .normal))
            }
        }
        OverlayBox.draw(title: "Details", lines: lines, scroll: scroll, preferredWidth: 76, footer: "Esc closes", into: &grid)
    }
}
