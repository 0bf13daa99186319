import AccordCore

/// The text overview printed by `accord` with no subcommand when output is not a terminal.
enum OverviewText {
    static func render(_ state: AccordState, today: Day) -> String {
        let summary = PortfolioSummary(state, today: today)
        if summary.agreements.isEmpty { return "No agreements yet. Import some with 'accord import FILE'." }
        var lines: [String] = []
        for line in summary.agreements {
            let progress = line.standing.progress
            var text = "[\(progress.bar(width: 20, filled: "#", empty: "-"))] \(TextClipping.pad("\(progress.done)/\(progress.total)", to: 6))"
                + TextClipping.pad(SafeText.escaped(line.agreement.title), to: 60)
            text += "  " + line.standing.status(of: line.agreement)
            if line.standing.overdueCount > 0 { text += ", \(line.standing.overdueCount) overdue" }
            lines.append(text)
        }
        lines.append("")
        lines.append("\(Plural.of(summary.agreements.count, "agreement")), \(Plural.of(state.partners.count, "partner")), "
                     + "\(summary.total.done)/\(summary.total.total) actions done. 'accord list agreements' for ids, 'accord --help' for more.")
        return lines.joined(separator: "\n")
    }
}
