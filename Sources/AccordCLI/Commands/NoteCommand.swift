import AccordCore
import ArgumentParser
import Foundation

/// `accord note ID TEXT` (TEXT `-` reads standard input)
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Set the note of an action (the description or summary of other items).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the item (any case), or a partner's short name.")
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
        let id = try session.resolve(self.id).id
        let change: Change
        do {
            change = try session.store.setNote(of: id, to: note)
        } catch AccordError.nothingChanged(let kind, _) {
            Console.out("Nothing changed: the \(ItemField.noteField(of: kind).rawValue) of '\(id)' is already that text.")
            return
        } catch let error as FieldError {
            throw CLIError(error.message, then: "Nothing was saved.")
        }
        Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
    }
}
