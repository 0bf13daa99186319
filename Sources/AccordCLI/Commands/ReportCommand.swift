import AccordCore
import ArgumentParser
import Foundation

/// `accord report [--format markdown|csv|json|html] [--agreement ID] [--output FILE]`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "A report for a review board: partners, dates, progress per category, actions, overdue items.",
        usage: "accord report [--format <format>] [--agreement <id>] [--output <file>]",
        discussion: """
            The format defaults to the --output file's extension (.md, .csv, .json, .html), else
            Markdown (CSV with --excel or --csv-separator).
            For a French spreadsheet: --excel (cells separated by ';', and a byte-order mark so that
            Excel reads the accents), or --csv-separator ';' alone.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, csv, json, html

        init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "md", "markdown": self = .markdown
            case "csv": self = .csv
            case "json": self = .json
            case "html", "htm": self = .html
            default: return nil
            }
        }
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "markdown, csv, json or html.")
    var format: Format?

    @Option(help: "Only this agreement, or the agreements of this partner (id in any case, or short name).")
    var agreement: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("csv-separator"), help: ArgumentHelp("CSV: the cell separator: ',' (default), ';', '|' or 'tab'.", valueName: "sep"))
    var csvSeparator: String?

    @Flag(help: "CSV for Excel and French spreadsheets: ';' between cells and a UTF-8 byte-order mark.")
    var excel = false

    /// The separator `--csv-separator` names.
    static func separator(_ text: String) -> Character? {
        switch text {
        case ",", ";", "|": return text.first
        case "tab", "\t", "\\t": return "\t"
        default: return nil
        }
    }

    func validate() throws {
        if let csvSeparator, Self.separator(csvSeparator) == nil {
            throw ValidationError("--csv-separator takes ',', ';', '|' or 'tab' (got '\(SafeText.escaped(csvSeparator))').")
        }
    }

    func run() throws {
        let session = try Session(global, write: false, history: false)
        // One rule with `list agreements --agreement`: an agreement, or a partner's agreements.
        let chosen = try agreement.map { try session.agreements(named: $0) } ?? session.state.sortedAgreements()
        let report = Report(session.state, today: session.store.today, agreements: chosen)
        // --excel or --csv-separator alone ask for CSV.
        let format = self.format ?? output.flatMap { Format(fileExtension: URL(fileURLWithPath: $0).pathExtension) }
            ?? (excel || csvSeparator != nil ? .csv : .markdown)
        if format != .csv, excel || csvSeparator != nil {
            throw CLIError("--excel and --csv-separator apply to CSV reports (add --format csv, or --output FILE.csv).", exitCode: 2)
        }
        let separator = csvSeparator.flatMap(Self.separator) ?? (excel ? ";" : ",")
        let text: String
        switch format {
        case .markdown: text = ReportMarkdown.render(report)
        case .csv: text = ReportCSV.render(report, separator: separator, byteOrderMark: excel)
        case .json: text = ReportJSON.render(report)
        case .html: text = ReportHTML.render(report)
        }
        guard let output else {
            Console.raw(text)
            return
        }
        try OutputFile.write(text, to: output)
        Console.out("Wrote \(SafeText.escaped(output)): \(format.rawValue) report of \(Plural.of(report.agreements.count, "agreement")).")
    }
}
