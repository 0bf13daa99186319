import AccordCore
import ArgumentParser
import Foundation

/// `accord note ID TEXT` (TEXT `-` reads standard input)
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: Phrases.help.noteAbstract.text)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.itemID))
    var id: String

    @Argument(help: ArgumentHelp(Phrases.help.noteText))
    var text: String

    func run() throws {
        var note = text
        if text == "-" {
            note = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            while note.hasSuffix("\n") { note.removeLast() }
        }
        let session = try Session(global, write: true, scope: .items([self.id]))
        let id = try session.resolve(self.id).id
        let change: Change
        do {
            change = try session.store.setNote(of: id, to: note)
        } catch AccordError.nothingChanged(let kind, _) {
            Console.out(Phrases.command.noteUnchanged(["field": ItemField.noteField(of: kind).label.lowercased(), "id": id]))
            return
        } catch let error as FieldError {
            throw CLIError(error.message, then: Phrases.command.nothingSaved.text)
        }
        Console.out(Phrases.command.savedUndo(["label": SafeText.escaped(change.label), "id": id]))
    }
}
