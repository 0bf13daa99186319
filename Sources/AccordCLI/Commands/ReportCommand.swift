import AccordCore
import ArgumentParser
import Foundation

/// `accord report [--format markdown|csv|json|html] [--agreement ID] [--output FILE]`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: Phrases.help.reportAbstract.text,
        usage: "accord report [--format <format>] [--agreement <id>] [--output <file>]",
        discussion: Phrases.help.reportDiscussion.text)

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

    @Option(help: ArgumentHelp(Phrases.help.reportFormat))
    var format: Format?

    @Option(help: ArgumentHelp(Phrases.help.reportAgreement))
    var agreement: String?

    @Option(help: ArgumentHelp(Phrases.help.reportOutput, valueName: "file"))
    var output: String?

    @Option(name: .customLong("csv-separator"), help: ArgumentHelp(Phrases.help.reportSeparator, valueName: "sep"))
    var csvSeparator: String?

    @Flag(help: ArgumentHelp(Phrases.help.reportExcel))
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
            throw ValidationError(Phrases.command.badSeparator(["value": SafeText.escaped(csvSeparator)]))
        }
    }

    func run() throws {
        let session = try Session(global, write: false, history: false)
        // One rule with `list agreements --agreement`: an agreement, or a partner's agreements.
        let chosen = try agreement.map { try session.agreements(named: $0) } ?? session.state.sortedAgreements()
        // --excel or --csv-separator alone ask for CSV.
        let format = self.format ?? output.flatMap { Format(fileExtension: URL(fileURLWithPath: $0).pathExtension) }
            ?? (excel || csvSeparator != nil ? .csv : .markdown)
        if format != .csv, excel || csvSeparator != nil {
            throw CLIError(Phrases.command.csvOptionsAlone.text, exitCode: 2)
        }
        // JSON is for programs: its values (standings, states) stay English whatever the language.
        let report = Language.$current.withValue(format == .json ? .en : Language.current) {
            Report(session.state, today: session.store.today, agreements: chosen)
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
        Console.out(Phrases.command.wroteReport(["file": SafeText.escaped(output), "format": format.rawValue,
                                                 "agreements": Phrases.model.countedAgreements(report.agreements.count)]))
    }
}
