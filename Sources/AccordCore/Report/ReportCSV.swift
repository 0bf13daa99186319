import Foundation

/// The report as CSV (RFC 4180): one row per action, with its agreement and commitment.
///
/// A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) is
/// prefixed with `'`; control characters are shown escaped.
public enum ReportCSV {
    public static let header = ["agreement_id", "agreement", "status", "signed", "ends", "category", "commitment_id",
                                "commitment", "owner", "action_id", "action", "state", "due", "done", "note"]

    public static func render(_ report: Report) -> String {
        var lines = [header.joined(separator: ",")]
        for agreement in report.agreements {
            for commitment in agreement.commitments {
                let rows = commitment.actions.isEmpty ? [nil] : commitment.actions.map(Optional.some)
                for action in rows {
                    let cells = [agreement.id, agreement.title, agreement.standing, agreement.signed?.description ?? "",
                                 agreement.ends?.description ?? "", commitment.category, commitment.id, commitment.title,
                                 commitment.owner ?? "", action?.id ?? "", action?.title ?? "", action?.state ?? "",
                                 action?.due?.description ?? "", action?.done?.description ?? "", action?.note ?? ""]
                    lines.append(cells.map(quoted).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quoted(_ value: String) -> String {
        var text = SafeText.escaped(value, keepNewlines: true)
        if let first = text.first, "=+-@".contains(first), Day(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
