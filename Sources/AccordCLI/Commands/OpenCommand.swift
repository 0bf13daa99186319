import AccordCore
import ArgumentParser
import Foundation

/// `accord open ID [N]`: opens an item's link with xdg-open.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: Phrases.help.openAbstract.text,
                                                    usage: "accord open <id> [<n>] [--data <dir>]")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.itemID))
    var id: String

    @Argument(help: ArgumentHelp(Phrases.help.openWhich))
    var which: Int?

    @Flag(name: .customLong("yes"), help: ArgumentHelp(Phrases.help.openYes))
    var yes = false

    func run() throws {
        let session = try Session(global, write: false, history: false)
        let state = session.state
        guard let itemID = state.itemID(named: id) else { throw CLIError(Phrases.command.noItemID(["id": SafeText.escaped(id)])) }
        let links = state.links(of: itemID)
        guard !links.isEmpty else { throw CLIError(Phrases.command.noLinks(["id": itemID])) }
        let index: Int
        if let which {
            guard (1...links.count).contains(which) else {
                throw CLIError(Phrases.command.noSuchLink(["id": itemID, "n": which, "count": links.count]), exitCode: 2)
            }
            index = which - 1
        } else if links.count == 1 {
            index = 0
        } else {
            for (n, link) in links.enumerated() {
                Console.out("\(n + 1). \(SafeText.escaped(link.displayName))  \(SafeText.escaped(link.target))")
            }
            throw CLIError(Phrases.command.chooseLink(["id": itemID, "n": links.count]), exitCode: 2)
        }
        let opener = LinkOpener(baseDirectory: session.directory)
        let link = links[index]
        let setHere = session.store.ledger.lastWriter(of: itemID, field: "links")?.replica == session.store.journal?.replica
        if !yes, !LinkOpener.opensWithoutAsking(link, setHere: setHere) {
            let target = SafeText.escaped(opener.argument(for: link))
            guard isatty(0) == 1 else { throw CLIError(Phrases.command.openAsksFirst(["target": target, "id": itemID])) }
            guard Console.ask(Phrases.command.openConfirm(["target": target])) else { throw CLIError(Phrases.command.notOpened.text, exitCode: 1) }
        }
        do {
            try opener.open(links[index])
        } catch {
            throw CLIError(error.message)
        }
        Console.out(Phrases.command.opened(["target": SafeText.escaped(opener.argument(for: links[index]))]))
    }
}
