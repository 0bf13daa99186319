import AccordCore
import ArgumentParser

/// `accord edit ID --FIELD VALUE …`
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: Phrases.help.editAbstract.text,
        discussion: Phrases.help.editDiscussion.text)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.itemID))
    var id: String

    @OptionGroup var fields: FieldOptions

    func run() throws {
        guard !fields.given.isEmpty else {
            throw CLIError(Phrases.command.fieldToChange.text, exitCode: 2)
        }
        let session = try Session(global, write: true)
        let id = try session.resolve(self.id).id
        guard var draft = ItemDraft(editing: id, in: session.state) else {
            throw CLIError(Phrases.command.nothingHasID(["id": SafeText.escaped(id)]))
        }
        try fields.fill(&draft)
        guard let change = try save(draft, in: session) else { return }
        Console.out(Phrases.command.savedUndo(["label": SafeText.escaped(change.label), "id": id]))
    }
}
