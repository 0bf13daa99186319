import Foundation

/// The report as CSV (RFC 4180): one row per action, with its agreement and commitment.
///
/// A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) is
/// prefixed with `'`; control characters are shown escaped. French spreadsheets expect
/// `;` between cells (the comma is their decimal mark) and, for Excel to read UTF-8, a
/// byte-order mark first: `separator: ";", byteOrderMark: true`.
public enum ReportCSV {
    /// The column names, in the current language (dates in the cells stay ISO in every language,
    /// for spreadsheets to read as dates).
    public static var header: [String] { Phrases.report.csvHeader.text.split(separator: ",").map(String.init) }

    public static func render(_ report: Report, separator: Character = ",", byteOrderMark: Bool = false) -> String {
        let joiner = String(separator)
        var lines = [header.joined(separator: joiner)]
        for agreement in report.agreements {
            for commitment in agreement.commitments {
                let rows = commitment.actions.isEmpty ? [nil] : commitment.actions.map(Optional.some)
                for action in rows {
                    let cells = [agreement.id, agreement.title, agreement.standing, agreement.signed?.description ?? "",
                                 agreement.ends?.description ?? "", commitment.category, commitment.id, commitment.title,
                                 commitment.owner ?? "", action?.id ?? "", action?.title ?? "", action?.state ?? "",
                                 action?.due?.description ?? "", action?.done?.description ?? "", action?.note ?? ""]
                    lines.append(cells.map { quoted($0, separator: separator) }.joined(separator: joiner))
                }
            }
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quoted(_ value: String, separator: Character = ",") -> String {
        var text = SafeText.escaped(value, keepNewlines: true)
        if let first = text.first, "=+-@".contains(first), Day(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
