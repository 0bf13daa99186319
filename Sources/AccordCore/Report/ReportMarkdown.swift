/// The report as Markdown: a heading per agreement, tables for categories and actions.
public enum ReportMarkdown {
    public static func render(_ report: Report) -> String {
        var out = "# Partnership agreements — review of \(report.day)\n\n"
        let total = report.progress
        out += "\(report.agreements.count) agreement\(report.agreements.count == 1 ? "" : "s"), "
            + "\(total.done) of \(total.total) actions done (\(total.percent) %).\n"
        for agreement in report.agreements {
            out += "\n## \(text(agreement.title))\n\n"
            out += "- **Signatories:** \(agreement.signatories.map(text).joined(separator: ", "))\n"
            if !agreement.associates.isEmpty {
                out += "- **Associated:** \(agreement.associates.map(text).joined(separator: ", "))\n"
            }
            out += "- **Signed:** \(agreement.signed?.description ?? "—") · **Ends:** \(agreement.ends?.description ?? "open-ended")"
                + " · **Status:** \(agreement.standing)\n"
            out += "- **Progress:** \(agreement.progress.done)/\(agreement.progress.total) actions done (\(agreement.progress.percent) %)\n"
            if !agreement.source.isEmpty { out += "- **Source:** \(link(agreement.source))\n" }
            if !agreement.summary.isEmpty { out += "\n\(text(agreement.summary))\n" }
            if !agreement.categories.isEmpty {
                out += "\n| Category | Done | Total | Progress |\n|---|---:|---:|---|\n"
                for category in agreement.categories {
                    out += "| \(cell(category.name)) | \(category.progress.done) | \(category.progress.total) | \(bar(category.progress)) \(category.progress.percent) % |\n"
                }
            }
            let overdue = agreement.overdue
            if !overdue.isEmpty {
                out += "\n**Overdue (\(overdue.count)):**\n\n"
                for item in overdue {
                    let what = item.kind == .commitment ? "commitment, " : ""
                    out += "- \(text(item.title)) — due \(item.due) (\(what)\(text(item.context)))\n"
                }
            }
            for commitment in agreement.commitments {
                out += "\n### \(text(commitment.title))\n\n"
                var facts = ["*\(text(commitment.category))*"]
                if let owner = commitment.owner { facts.append("led by \(text(owner))") }
                if let due = commitment.due { facts.append("due \(due)") }
                out += facts.joined(separator: " · ") + "\n"
                if commitment.actions.isEmpty { out += "\nNo action yet.\n"; continue }
                out += "\n| | Action | Due | Done | Note |\n|---|---|---|---|---|\n"
                for action in commitment.actions {
                    let mark = action.done != nil ? "☑" : action.overdue ? "⚠" : "☐"
                    out += "| \(mark) | \(cell(action.title)) | \(action.due?.description ?? "") | \(action.done?.description ?? "") | \(cell(action.note)) |\n"
                }
            }
        }
        return out
    }

    /// Ten blocks: `███████░░░`.
    static func bar(_ progress: Progress) -> String { progress.bar(width: 10) }

    /// A source: a web address as a link (`<https://…>`), other text escaped.
    static func link(_ source: String) -> String {
        let isAddress = (source.hasPrefix("https://") || source.hasPrefix("http://"))
            && !source.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        return isAddress ? "<\(SafeText.escaped(source))>" : text(source)
    }

    /// Escaped for a terminal and for Markdown's own characters.
    static func text(_ value: String) -> String {
        var out = ""
        for character in SafeText.escaped(value) {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Text for a table cell: one line.
    static func cell(_ value: String) -> String {
        text(value.split(whereSeparator: \.isNewline).joined(separator: " / "))
    }
}
