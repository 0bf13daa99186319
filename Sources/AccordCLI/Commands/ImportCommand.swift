import AccordCore
import ArgumentParser
import Foundation

/// `accord import FILE`: all of the file as one undoable change, or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import partners and agreements from a YAML or JSON file (docs/FORMAT.md).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The file to import.")
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("cannot read \(file): no such file, or not readable.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(file) is not UTF-8 text; nothing was imported.")
        }
        let session = try Session(global, write: true)
        let document: ImportDocument
        let change: Change
        do {
            document = try ImportDocument(text: text, file: file)
            change = try document.change(for: session.state)
        } catch {
            throw CLIError("\(error); nothing was imported.")
        }
        try session.store.perform(change)
        Console.out("Imported \(file): \(document.partners.count) partners, \(document.agreements.count) agreements, "
                    + "\(document.commitments.count) commitments, \(document.actions.count) actions — 'accord undo' removes them.")
    }
}

/// `accord export`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print everything in the import format, as YAML or JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case yaml, json }

    @OptionGroup var global: GlobalOptions

    @Option(help: "yaml or json.")
    var format: Format = .yaml

    func run() throws {
        let session = try Session(global, write: false, history: false)
        let document = ExportDocument(session.state)
        let text = format == .yaml ? try document.yaml() : try document.json()
        Console.raw(text)
    }
}
