/// The report as Markdown: a heading per agreement, tables for categories and actions.
public enum ReportMarkdown {
    public static func render(_ report: Report) -> String {
        let words = Phrases.report
        func label(_ name: String) -> String { "**\(Phrases.core.labelled(["label": name]))**" }
        var out = "# \(words.title(["day": report.day]))\n\n"
        let total = report.progress
        out += "\(Phrases.model.countedAgreements(report.agreements.count)), "
            + "\(words.actionsDone(total.done, ["total": total.total, "percent": total.percent])).\n"
        for agreement in report.agreements {
            out += "\n## \(text(agreement.title))\n\n"
            out += "- \(label(ItemField.signatories.label)) \(agreement.signatories.map(text).joined(separator: ", "))\n"
            if !agreement.associates.isEmpty {
                out += "- \(label(words.associated.text)) \(agreement.associates.map(text).joined(separator: ", "))\n"
            }
            out += "- \(label(words.signed.text)) \(agreement.signed.map { LocalFormat.date($0) } ?? "—")"
                + " · \(label(words.ends.text)) \(agreement.ends.map { LocalFormat.date($0) } ?? Phrases.core.openEnded.text)"
                + " · \(label(ItemField.status.label)) \(agreement.standing)\n"
            out += "- \(label(words.progress.text)) \(words.contextActionsDone(["done": agreement.progress.done, "total": agreement.progress.total]))"
                + " (\(agreement.progress.percent) %)\n"
            if let notice = agreement.noticeBy { out += "- \(label(words.noticeBy.text)) \(LocalFormat.date(notice))\n" }
            if !agreement.source.isEmpty { out += "- \(label(ItemField.source.label)) \(link(agreement.source))\n" }
            if !agreement.links.isEmpty { out += "- \(label(ItemField.links.label)) \(links(agreement.links))\n" }
            if !agreement.summary.isEmpty { out += "\n\(text(agreement.summary))\n" }
            if !agreement.categories.isEmpty {
                out += "\n| \(ItemField.category.label) | \(words.done.text) | \(words.total.text) | \(words.progress.text) |\n|---|---:|---:|---|\n"
                for category in agreement.categories {
                    out += "| \(cell(category.name)) | \(category.progress.done) | \(category.progress.total) | \(bar(category.progress)) \(category.progress.percent) % |\n"
                }
            }
            let overdue = agreement.overdue
            if !overdue.isEmpty {
                out += "\n\(label(Phrases.core.overdueHeading(["n": overdue.count])))\n\n"
                for item in overdue {
                    let what = item.kind == .commitment ? words.commitmentContext.text : ""
                    out += "- \(text(item.title)) — \(Phrases.core.dueOn(["day": item.due])) (\(what)\(text(item.context)))\n"
                }
            }
            for commitment in agreement.commitments {
                out += "\n### \(text(commitment.title))\n\n"
                var facts = ["*\(text(commitment.category))*"]
                if let owner = commitment.owner { facts.append(words.ledBy(["owner": text(owner)])) }
                if let due = commitment.due { facts.append(Phrases.core.dueOn(["day": due])) }
                if let repeats = commitment.repeats { facts.append("↻ " + text(repeats)) }
                if !commitment.links.isEmpty { facts.append(links(commitment.links)) }
                out += facts.joined(separator: " · ") + "\n"
                if commitment.actions.isEmpty { out += "\n\(words.noActionYet.text)\n"; continue }
                out += "\n| | \(words.action.text) | \(ItemField.due.label) | \(words.doneOn.text) | \(ItemField.note.label) |\n|---|---|---|---|---|\n"
                for action in commitment.actions {
                    let mark = action.done != nil ? "☑" : action.overdue ? "⚠" : "☐"
                    out += "| \(mark) | \(cell(action.title)) | \(action.due.map { LocalFormat.date($0) } ?? "") | \(action.done.map { LocalFormat.date($0) } ?? "") | \(cell(action.note)) |\n"
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

    /// Links as `[label](<url>)`; a target that may not be a link (a file path, another scheme) as text.
    static func links(_ links: [ReportLink]) -> String {
        links.map { link in
            guard let url = link.clickableURL else { return text(link.label == link.target ? link.target : "\(link.label) (\(link.target))") }
            return "[\(text(link.label))](<\(url)>)"
        }.joined(separator: ", ")
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
