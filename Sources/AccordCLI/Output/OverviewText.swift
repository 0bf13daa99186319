import AccordCore

/// The text overview printed by `accord` with no subcommand.
enum OverviewText {
    static func render(_ state: AccordState, today: Day) -> String {
        let agreements = state.sortedAgreements()
        if agreements.isEmpty { return "No agreements yet. Import some with 'accord import FILE'." }
        var lines: [String] = []
        for agreement in agreements {
            let progress = state.progress(ofAgreement: agreement.id)
            let overdue = state.overdueActions(ofAgreement: agreement.id, today: today).count
            let bar = bar(progress, width: 20)
            var line = "\(bar) \(TextClipping.pad("\(progress.done)/\(progress.total)", to: 6))"
                + TextClipping.pad(SafeText.escaped(agreement.title), to: 60)
            line += "  " + AgreementStanding(agreement, state: state, today: today).status(of: agreement)
            if overdue > 0 { line += ", \(overdue) overdue" }
            lines.append(line)
        }
        let total = agreements.reduce(Progress()) { $0 + state.progress(ofAgreement: $1.id) }
        lines.append("")
        lines.append("\(agreements.count) agreements, \(state.partners.count) partners, "
                     + "\(total.done)/\(total.total) actions done. 'accord list agreements' for ids, 'accord --help' for more.")
        return lines.joined(separator: "\n")
    }

    static func bar(_ progress: Progress, width: Int) -> String {
        let filled = Int((progress.fraction * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }
}
