import AccordCore
import ArgumentParser

/// `accord add partner|agreement|commitment|action --FIELD VALUE …`
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a partner, an agreement, a commitment or an action.",
        discussion: """
            Fields by kind (required ones starred):
              partner     --name* --short-name --kind* --place --description
              agreement   --title* --signatories* --associates --signed --term
                          --status --summary --source
              commitment  --title* --agreement* --category* --owner --due --description
              action      --title* --commitment* --due --done --note
            Every kind takes --id (default: made from the title or name). The change can be undone with 'accord undo'.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case partner, agreement, commitment, action
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to add.")
    var kind: Kind

    @Option(parsing: .unconditional, help: "The id (default: made from the title or name).")
    var id: String?

    @OptionGroup var fields: FieldOptions

    func run() throws {
        let session = try Session(global, write: true)
        let itemKind = ItemKind(rawValue: kind.rawValue)!
        var draft = ItemDraft(new: itemKind, in: session.state)
        if let id { draft[.id] = id }
        try fields.fill(&draft)
        let plainID = draft.plainID
        let holder = session.state.kind(of: plainID).map { ($0, session.state.title(of: plainID)) }
        guard let change = try save(draft, in: session) else { return }
        let id = change.events.first?.itemID ?? ""
        Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
        if let (kind, title) = holder, id != plainID {
            Console.out("Note: the id '\(plainID)' was taken by \(kind.withArticle) '\(SafeText.escaped(title))', so this one is '\(id)'"
                        + (kind == itemKind ? " — if it is the same \(kind.rawValue) added twice, 'accord undo' removes this one." : "."))
        }
    }
}
