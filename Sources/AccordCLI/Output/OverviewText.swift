import AccordCore

/// The text overview printed by `accord` with no subcommand when output is not a terminal.
enum OverviewText {
    static func render(_ state: AccordState, today: Day) -> String {
        let summary = PortfolioSummary(state, today: today)
        let words = Phrases.command
        if summary.agreements.isEmpty { return words.noAgreementsYet.text }
        var lines: [String] = []
        for line in summary.agreements {
            let progress = line.standing.progress
            var text = "[\(progress.bar(width: 20, filled: "#", empty: "-"))] \(TextClipping.pad("\(progress.done)/\(progress.total)", to: 6))"
                + TextClipping.pad(SafeText.escaped(line.agreement.title), to: 60)
            text += "  " + line.standing.status(of: line.agreement)
            if line.standing.overdueCount > 0 { text += Phrases.core.overdueSuffix(["n": line.standing.overdueCount]) }
            lines.append(text)
        }
        lines.append("")
        lines.append(words.overviewFooter(["agreements": Phrases.model.countedAgreements(summary.agreements.count),
                                           "partners": Phrases.model.countedPartners(state.partners.count),
                                           "done": summary.total.done, "total": summary.total.total]))
        return lines.joined(separator: "\n")
    }
}
