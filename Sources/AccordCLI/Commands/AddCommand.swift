import AccordCore
import ArgumentParser

/// `accord add partner|agreement|commitment|action --FIELD VALUE …`
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: Phrases.help.addAbstract.text,
        discussion: Phrases.help.addDiscussion.text)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case partner, agreement, commitment, action
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.addKind))
    var kind: Kind

    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.addID))
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
        Console.out(Phrases.command.savedUndo(["label": SafeText.escaped(change.label), "id": id]))
        if let (kind, title) = holder, id != plainID {
            Console.out(Phrases.command.idTaken(["plain": plainID, "kind": kind.withArticle, "title": SafeText.escaped(title), "id": id])
                        + (kind == itemKind ? Phrases.command.sameAddedTwice(["kind": kind.name]) : "."))
        }
    }
}
