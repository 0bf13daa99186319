import AccordCore
import ArgumentParser
import Foundation

/// `accord import FILE`: all of the file as one undoable change, or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: Phrases.help.importAbstract.text)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.importFile))
    var file: String

    func run() throws {
        let (name, data) = try read()
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CLIError(Phrases.command.notUTF8(["name": name]), then: Phrases.command.nothingImported.text)
        }
        let session = try Session(global, write: true)
        let progress = ProgressLine.start(Phrases.command.progressImporting(["name": name]))
        defer { progress?.finish() }
        progress?.step(Phrases.command.progressReading.text, total: data.count)
        let document: ImportDocument
        let change: Change
        do {
            document = try ImportDocument(text: text, file: name) { progress?.advance(to: $0) }
            // Checked once, by the store as it applies it.
            change = try document.change(for: session.state, checked: false)
        } catch {
            throw CLIError("\(error)", then: Phrases.command.nothingImported.text)
        }
        progress?.step(Phrases.command.progressSaving(["items": ItemCounts(addedBy: change).description]))
        do {
            try session.store.perform(change)
        } catch let refusal as AccordError {
            // Refused as a whole: the line that made it so is found by checking again, event by event.
            throw CLIError(document.problem(in: session.state).map { "\($0)" } ?? "\(refusal)", then: Phrases.command.nothingImported.text)
        }
        let added = ItemCounts(addedBy: change)
        Console.out(Phrases.command.imported(["name": name, "added": added.description,
                                              "them": added.total == 1 ? Phrases.command.removesIt : Phrases.command.removesThem]))
    }

    /// The file's name for messages and its bytes; a directory or an unreadable file is refused, naming why.
    private func read() throws -> (name: String, bytes: [UInt8]) {
        if file == "-" {
            return (Phrases.command.standardInput.text, Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        let name = SafeText.escaped(file)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: file)) ?? [])
                .filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            let example = files.first.map { Phrases.command.forExample(["file": (file as NSString).appendingPathComponent($0)]) } ?? ""
            throw CLIError(Phrases.command.isDirectory(["name": name, "example": example]), then: Phrases.command.nothingImported.text)
        }
        do {
            guard let bytes = try PosixFileSystem().readFile(file) else {
                throw CLIError(Phrases.command.noSuchFile(["name": name]), then: Phrases.command.nothingImported.text)
            }
            return (name, bytes)
        } catch let error as FileSystemError {
            throw CLIError(Phrases.command.cannotRead(["name": name, "reason": error.reason]), then: Phrases.command.nothingImported.text)
        }
    }
}

/// `accord export`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: Phrases.help.exportAbstract.text,
        usage: "accord export [--format yaml|json|ics] [--agreement <id>] [--data <dir>]")

    /// The import format's two spellings, or an iCalendar file of the deadlines.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case yaml, json, ics
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(Phrases.help.exportFormat))
    var format: Format = .yaml

    @Option(help: ArgumentHelp(Phrases.help.exportAgreement, valueName: "id"))
    var agreement: String?

    func validate() throws {
        if agreement != nil, format != .ics { throw ValidationError(Phrases.command.agreementOnlyForICS.text) }
    }

    func run() throws {
        let session = try Session(global, write: false, history: false)
        guard format == .ics else {
            let spelling = ExportFormat(rawValue: format.rawValue)!
            return try Console.stream { append in try ExportWriter(format: spelling).write(session.state, to: append) }
        }
        // One rule with `report` and `list`: an agreement, or every agreement of a partner.
        let chosen = try agreement.map { Set(try session.agreements(named: $0).map(\.id)) }
        let writer = CalendarWriter(stamp: CalendarClock.now(), today: session.store.today)
        Console.raw(writer.calendar(of: session.state, agreements: chosen))
    }
}
