import AccordCore
import ArgumentParser

/// `accord add partner|agreement|commitment|action --FIELD VALUE …`
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: Phrases.help.addAbstract.text,
        discussion: discussion)

    /// The fields of each kind, from the fields the forms and flags take (never a list kept by
    /// hand): starred when required and with no default.
    static var discussion: String {
        let empty = AccordState()
        var lines = [Phrases.help.addDiscussionHead.text]
        for kind in [ItemKind.partner, .agreement, .commitment, .action] {
            let draft = ItemDraft(new: kind, in: empty)
            let flags = ItemField.fields(of: kind).map { $0.flag + ($0.isRequired && draft[$0].isEmpty ? "*" : "") }
            var line = "  " + kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            for flag in flags {
                if line.count + flag.count + 1 > 78, !line.hasSuffix(" ") {
                    lines.append(line)
                    line = String(repeating: " ", count: 14)
                }
                line += (line.hasSuffix(" ") ? "" : " ") + flag
            }
            lines.append(line)
        }
        return (lines + [Phrases.help.addDiscussionTail.text]).joined(separator: "\n")
    }

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
        } else if let twin = session.state.lookalike(of: id) {
            // Another id, the same item by what it says (an agreement's title and signatories).
            let words = Phrases.command
            Console.out((itemKind == .partner ? words.lookalikePartner : words.lookalikeAgreement)(["twin": twin])
                        + Phrases.command.sameAddedTwice(["kind": itemKind.name]))
        }
    }
}
