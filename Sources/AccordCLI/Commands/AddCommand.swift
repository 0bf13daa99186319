import AccordCore
import ArgumentParser

/// `accord add partner|agreement|commitment|action --FIELD VALUE …`
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a partner, an agreement, a commitment or an action.",
        discussion: """
            Fields by kind (required ones starred):
              partner     --name* --short-name --kind* --place --description
              agreement   --title* --signatories* --associates --signed --term --status --summary --source
              commitment  --title* --agreement* --category* --owner --due --description
              action      --title* --commitment* --due --done --note
            Every kind takes --id (default: made from the title or name). The change can be undone with 'accord undo'.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case partner, agreement, commitment, action
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to add: partner, agreement, commitment or action.")
    var kind: Kind

    @OptionGroup var fields: FieldOptions

    func run() throws {
        let session = try Session(global, write: true)
        let itemKind = ItemKind(rawValue: kind.rawValue)!
        var draft = ItemDraft(new: itemKind, in: session.state)
        try fields.fill(&draft)
        let change = try save(draft, in: session)
        let id = change.events.first?.itemID ?? ""
        Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
    }
}
