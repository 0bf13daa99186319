import AccordCore
import ArgumentParser
import Foundation

/// `accord delete ID [--yes]`: asks first on a terminal; refuses without --yes otherwise.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete an item, with the commitments and actions it holds (undoable).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the item (any case), or a partner's short name.")
    var id: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let session = try Session(global, write: true)
        let id = try session.resolve(self.id).id
        let deletion: Deletion
        do {
            deletion = try Deletion(of: id, in: session.state)
        } catch {
            throw CLIError("\(error)", then: "Nothing was deleted.")
        }
        if !yes {
            guard isatty(0) == 1 else {
                throw CLIError("this deletes \(deletion.whatGoes); add --yes to confirm. Nothing was deleted.")
            }
            Console.prompt("Delete \(deletion.whatGoes) ('\(SafeText.escaped(id))')? [y/N] ")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Console.out("Nothing was deleted.")
                return
            }
        }
        try session.store.perform(deletion.change)
        Console.out("\(SafeText.escaped(deletion.change.label)): \(deletion.whatGoes) — 'accord undo' brings it back.")
    }
}
