import AccordCore
import ArgumentParser
import Foundation

/// `accord delete ID [--yes]`: asks first on a terminal; refuses without --yes otherwise.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete an item, with the commitments and actions it holds (undoable).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the item.")
    var id: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let session = try Session(global, write: true)
        let deletion: Deletion
        do {
            deletion = try Deletion(of: id, in: session.state)
        } catch {
            throw CLIError("\(error) Nothing was deleted.")
        }
        if !yes {
            guard isatty(0) == 1 else {
                throw CLIError("this deletes \(deletion.whatGoes); add --yes to confirm. Nothing was deleted.")
            }
            FileHandle.standardError.write(Data("Delete \(deletion.whatGoes) ('\(SafeText.escaped(id))')? [y/N] ".utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Console.out("Nothing was deleted.")
                return
            }
        }
        try session.store.perform(deletion.change)
        Console.out("\(SafeText.escaped(deletion.change.label)): \(deletion.whatGoes) — 'accord undo' brings it back.")
    }
}

/// `accord note ID TEXT` (TEXT `-` reads standard input)
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Set the note of an action (the description or summary of other items).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the item.")
    var id: String

    @Argument(help: "The text; '-' reads it from standard input; '' clears the note.")
    var text: String

    func run() throws {
        var note = text
        if text == "-" {
            note = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            while note.hasSuffix("\n") { note.removeLast() }
        }
        let session = try Session(global, write: true)
        guard session.state.kind(of: id) != nil else {
            throw CLIError("no item has the id '\(id)' (see 'accord list').")
        }
        let change: Change
        do {
            change = try session.store.setNote(of: id, to: note)
        } catch let error as FieldError {
            throw CLIError("\(error.message) Nothing was saved.")
        }
        Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
    }
}
