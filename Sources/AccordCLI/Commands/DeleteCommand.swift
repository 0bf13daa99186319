import AccordCore
import ArgumentParser
import Foundation

/// `accord delete ID [--yes]`: asks first on a terminal; refuses without --yes otherwise.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: Phrases.help.deleteAbstract.text)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.itemID))
    var id: String

    @Flag(help: ArgumentHelp(Phrases.help.deleteYes))
    var yes = false

    func run() throws {
        let session = try Session(global, write: true)
        let id = try session.resolve(self.id).id
        let deletion: Deletion
        do {
            deletion = try Deletion(of: id, in: session.state)
        } catch {
            throw CLIError("\(error)", then: Phrases.command.nothingDeleted.text)
        }
        if !yes {
            guard isatty(0) == 1 else {
                throw CLIError(Phrases.command.deleteNeedsYes(["what": deletion.whatGoes]))
            }
            guard Console.ask(Phrases.command.deletePrompt(["what": deletion.whatGoes, "id": SafeText.escaped(id)])) else {
                Console.out(Phrases.command.nothingDeleted.text)
                return
            }
        }
        try session.store.perform(deletion.change)
        Console.out(Phrases.command.deleted(["label": SafeText.escaped(deletion.change.label), "what": deletion.whatGoes]))
    }
}
