/// The report as one self-contained HTML page: inline CSS, bar charts as inline
/// SVG, no script and no outside resource; laid out to print on A4.
public enum ReportHTML {
    public static func render(_ report: Report) -> String {
        let words = Phrases.report
        var out = """
            <!DOCTYPE html>
            <html lang="\(Language.current.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(words.title(["day": report.day])))</title>
            <style>
            body { font: 11pt/1.45 system-ui, sans-serif; color: #1c1c1c; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #2b5f8a; }
            h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; } .muted { color: #5a5a5a; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0; } th, td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid #ddd; vertical-align: top; }
            th { background: #f1f4f7; } td.num { text-align: right; } .done { color: #1d6b36; } .overdue { color: #a31515; font-weight: 600; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
            .note { white-space: pre-wrap; color: #444; } svg { max-width: 100%; height: auto; }
            @media print { body { margin: 0; max-width: none; } section.agreement { break-before: page; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
            @page { size: A4; margin: 1.6cm; }
            </style>
            </head>
            <body>
            <h1>\(escape(words.heading.text))</h1>
            <p class="muted">\(escape(words.reviewOf(["day": report.day]))) · \(escape(Phrases.model.countedAgreements(report.agreements.count))) · \(escape(words.actionsDone(report.progress.done, ["total": report.progress.total, "percent": report.progress.percent])))</p>

            """
        let overview = report.agreements.map { (label: $0.title, progress: $0.progress) }
        if !overview.isEmpty {
            out += "<h2>\(escape(words.progressPerAgreement.text))</h2>\n" + barChart(overview, caption: words.actionsDonePerAgreement.text) + "\n"
        }
        for agreement in report.agreements { out += section(agreement) }
        out += "</body>\n</html>\n"
        return out
    }

    private static func section(_ agreement: AgreementReport) -> String {
        let words = Phrases.report
        var out = "<section class=\"agreement\" id=\"\(escape(agreement.id))\">\n<h2>\(escape(agreement.title))</h2>\n<dl>\n"
        out += "<dt>\(escape(ItemField.signatories.label))</dt><dd>\(agreement.signatories.map(escape).joined(separator: ", "))</dd>\n"
        if !agreement.associates.isEmpty {
            out += "<dt>\(escape(words.associated.text))</dt><dd>\(agreement.associates.map(escape).joined(separator: ", "))</dd>\n"
        }
        out += "<dt>\(escape(words.signed.text))</dt><dd>\(agreement.signed.map { LocalFormat.date($0) } ?? "—")</dd>\n"
        out += "<dt>\(escape(words.ends.text))</dt><dd>\(agreement.ends.map { LocalFormat.date($0) } ?? Phrases.core.openEnded.text)</dd>\n"
        out += "<dt>\(escape(ItemField.status.label))</dt><dd>\(escape(agreement.standing))</dd>\n"
        out += "<dt>\(escape(words.progress.text))</dt><dd>\(escape(words.actionsDone(agreement.progress.done, ["total": agreement.progress.total, "percent": agreement.progress.percent])))</dd>\n</dl>\n"
        if !agreement.summary.isEmpty { out += "<p class=\"note\">\(escape(agreement.summary))</p>\n" }
        if !agreement.source.isEmpty { out += "<p class=\"muted\">\(escape(Phrases.core.labelled(["label": ItemField.source.label]))) \(link(agreement.source))</p>\n" }
        if let notice = agreement.noticeBy {
            out += "<p class=\"muted\">\(escape(Phrases.core.labelled(["label": words.noticeBy.text]))) \(escape(LocalFormat.date(notice)))</p>\n"
        }
        if !agreement.links.isEmpty {
            out += "<p class=\"muted\">\(escape(Phrases.core.labelled(["label": ItemField.links.label]))) \(links(agreement.links))</p>\n"
        }
        if !agreement.categories.isEmpty {
            out += "<h3>\(escape(words.progressPerCategory.text))</h3>\n"
                + barChart(agreement.categories.map { ($0.name, $0.progress) }, caption: words.actionsDonePerCategory.text) + "\n"
        }
        let overdue = agreement.overdue
        if !overdue.isEmpty {
            out += "<h3 class=\"overdue\">\(escape(Phrases.core.overdueHeading(["n": overdue.count])))</h3>\n<ul>\n"
            for item in overdue {
                let what = item.kind == .commitment ? escape(words.commitmentContext.text) : ""
                out += "<li><span class=\"overdue\">\(escape(item.title))</span> — \(escape(Phrases.core.dueOn(["day": item.due]))) <span class=\"muted\">(\(what)\(escape(item.context)))</span></li>\n"
            }
            out += "</ul>\n"
        }
        for commitment in agreement.commitments {
            var facts = [escape(commitment.category)]
            if let owner = commitment.owner { facts.append(words.ledBy(["owner": escape(owner)])) }
            if let due = commitment.due { facts.append(escape(Phrases.core.dueOn(["day": due]))) }
            if let repeats = commitment.repeats { facts.append("↻ " + escape(repeats)) }
            if !commitment.links.isEmpty { facts.append(links(commitment.links)) }
            out += "<h3>\(escape(commitment.title))</h3>\n<p class=\"muted\">\(facts.joined(separator: " · "))</p>\n"
            guard !commitment.actions.isEmpty else { out += "<p class=\"muted\">\(escape(words.noActionYet.text))</p>\n"; continue }
            out += "<table>\n<tr><th></th><th>\(words.action.text)</th><th>\(ItemField.due.label)</th><th>\(words.doneOn.text)</th><th>\(ItemField.note.label)</th></tr>\n"
            for action in commitment.actions {
                let (mark, style) = action.done != nil ? ("☑", "done") : action.overdue ? ("⚠", "overdue") : ("☐", "open")
                out += "<tr class=\"\(style)\"><td>\(mark)</td><td>\(escape(action.title))</td><td>\(action.due.map { LocalFormat.date($0) } ?? "")</td>"
                    + "<td>\(action.done.map { LocalFormat.date($0) } ?? "")</td><td class=\"note\">\(escape(action.note))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</section>\n"
    }

    /// Links as anchors; a target that may not be a link (a file path, `javascript:`) as text.
    static func links(_ links: [ReportLink]) -> String {
        links.map { link in
            guard let url = link.clickableURL else { return escape(link.label == link.target ? link.target : "\(link.label) (\(link.target))") }
            return "<a href=\"\(escape(url))\">\(escape(link.label))</a>"
        }.joined(separator: ", ")
    }

    /// A source: a web address as a link, other text as it is (escaped).
    static func link(_ source: String) -> String {
        let isAddress = (source.hasPrefix("https://") || source.hasPrefix("http://"))
            && !source.contains(where: { $0.isWhitespace || "<>\"'".contains($0) })
        return isAddress ? "<a href=\"\(escape(source))\">\(escape(source))</a>" : escape(source)
    }

    /// Horizontal bars, one per row: label, a bar filled to the share done, "done/total".
    static func barChart(_ rows: [(label: String, progress: Progress)], caption: String) -> String {
        let rowHeight = 22, labelWidth = 300, barWidth = 300, width = labelWidth + barWidth + 110
        let height = rows.count * rowHeight + 4
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 \(width) \(height)\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n"
        svg += "<title>\(escape(caption))</title>\n"
        for (i, row) in rows.enumerated() {
            let y = i * rowHeight + 4
            let filled = row.progress.filledCells(of: barWidth)
            let label = row.label.count > 42 ? String(row.label.prefix(41)) + "…" : row.label
            svg += "<text x=\"0\" y=\"\(y + 12)\">\(escape(label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"14\" fill=\"#e3e8ee\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(filled)\" height=\"14\" fill=\"#2b7a4b\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 12)\">\(row.progress.done)/\(row.progress.total) · \(row.progress.percent) %</text>\n"
        }
        return svg + "</svg>"
    }

    /// Text made safe for HTML: markup characters as entities, control characters shown escaped.
    static func escape(_ value: String) -> String {
        var out = ""
        for character in SafeText.escaped(value, keepNewlines: true) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
