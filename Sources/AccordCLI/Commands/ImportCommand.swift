import AccordCore
import ArgumentParser
import Foundation

/// `accord import FILE`: all of the file as one undoable change, or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import partners and agreements from a YAML or JSON file (docs/FORMAT.md).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The file to import; '-' reads standard input.")
    var file: String

    func run() throws {
        let (name, data) = try read()
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CLIError("\(name) is not UTF-8 text.", then: "Nothing was imported.")
        }
        let session = try Session(global, write: true)
        let document: ImportDocument
        let change: Change
        do {
            document = try ImportDocument(text: text, file: name)
            change = try document.change(for: session.state)
        } catch {
            throw CLIError("\(error)", then: "Nothing was imported.")
        }
        try session.store.perform(change)
        let added = ItemCounts(addedBy: change)
        Console.out("Imported \(name): \(added) — 'accord undo' removes \(added.total == 1 ? "it" : "them").")
    }

    /// The file's name for messages and its bytes; a directory or an unreadable file is refused, naming why.
    private func read() throws -> (name: String, bytes: [UInt8]) {
        if file == "-" {
            return ("standard input", Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        let name = SafeText.escaped(file)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: file)) ?? [])
                .filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            let example = files.first.map { ", e.g. 'accord import \((file as NSString).appendingPathComponent($0))'" } ?? ""
            throw CLIError("\(name) is a directory; import one YAML or JSON file from it\(example).", then: "Nothing was imported.")
        }
        do {
            guard let bytes = try PosixFileSystem().readFile(file) else {
                throw CLIError("\(name): no such file.", then: "Nothing was imported.")
            }
            return (name, bytes)
        } catch let error as FileSystemError {
            throw CLIError("cannot read \(name): \(error.reason).", then: "Nothing was imported.")
        }
    }
}

/// `accord export`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print everything in the import format, as YAML or JSON.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "yaml or json.")
    var format: ExportFormat = .yaml

    func run() throws {
        let session = try Session(global, write: false, history: false)
        try Console.stream { append in try ExportWriter(format: format).write(session.state, to: append) }
    }
}
