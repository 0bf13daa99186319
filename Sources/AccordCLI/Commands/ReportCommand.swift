import AccordCore
import ArgumentParser
import Foundation

/// `accord report [--format markdown|csv|json|html] [--agreement ID] [--output FILE]`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "A report for a review board: partners, dates, progress per category, actions, overdue items.",
        usage: "accord report [--format <format>] [--agreement <id>] [--output <file>]",
        discussion: "The format defaults to the --output file's extension (.md, .csv, .json, .html), else Markdown.")

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

    func run() throws {
        let session = try Session(global, write: false, history: false)
        // One rule with `list agreements --agreement`: an agreement, or a partner's agreements.
        let chosen = try agreement.map { try session.agreements(named: $0) } ?? session.state.sortedAgreements()
        let report = Report(session.state, today: session.store.today, agreements: chosen)
        let format = self.format ?? output.flatMap { Format(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .markdown
        let text: String
        switch format {
        case .markdown: text = ReportMarkdown.render(report)
        case .csv: text = ReportCSV.render(report)
        case .json: text = ReportJSON.render(report)
        case .html: text = ReportHTML.render(report)
        }
        guard let output else {
            Console.raw(text)
            return
        }
        try OutputFile.write(text, to: output)
        Console.out("Wrote \(output): \(format.rawValue) report of \(report.agreements.count) agreement\(report.agreements.count == 1 ? "" : "s").")
    }
}
