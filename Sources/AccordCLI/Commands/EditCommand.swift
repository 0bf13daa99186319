import AccordCore
import ArgumentParser

/// `accord edit ID --FIELD VALUE …`
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change fields of an item: accord edit ID --title 'New title' --due 2027-01-31.",
        discussion: "The fields each kind has are listed in 'accord add --help'. An empty value clears an optional field.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the item (any case), or a partner's short name.")
    var id: String

    @OptionGroup var fields: FieldOptions

    func run() throws {
        guard !fields.given.isEmpty else {
            throw CLIError("give at least one field to change, e.g. --title 'New title' (see 'accord add --help').", exitCode: 2)
        }
        let session = try Session(global, write: true)
        let id = try session.resolve(self.id).id
        guard var draft = ItemDraft(editing: id, in: session.state) else {
            throw CLIError("nothing has the id '\(SafeText.escaped(id))'.")
        }
        try fields.fill(&draft)
        guard let change = try save(draft, in: session) else { return }
        Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
    }
}
