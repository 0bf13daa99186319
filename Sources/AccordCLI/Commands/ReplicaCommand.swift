import AccordCore
import ArgumentParser
import Foundation

/// `accord replica` and `accord replica name NAME`: this replica and the others it has read.
struct ReplicaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replica",
        abstract: Phrases.help.replicaAbstract.text,
        subcommands: [Show.self, Name.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Phrases.help.replicaShowAbstract.text)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let session = try Session(global, write: false, history: false)
            guard let journal = session.store.journal else { return }
            let names = ReplicaNames.load(journal.layout)
            Console.out(Phrases.command.thisReplica(["id": journal.replica,
                                                     "name": names.name(of: journal.replica).map { SafeText.escaped($0) } ?? Phrases.command.noNameYet.text]))
            var table = Table([Phrases.command.columnReplica, Phrases.command.columnName, Phrases.command.columnRecords].map(\.text), flexibleColumn: 1)
            for (replica, seq) in session.store.ledger.frontier.sorted(by: { $0.key < $1.key }) {
                let name = names.name(of: replica).map { SafeText.escaped($0) } ?? "—"
                table.add([replica + (replica == journal.replica ? Phrases.command.thisOne.text : ""), name, "\(seq)"])
            }
            Console.out(table.render())
            for clock in session.store.ledger.clocksAhead {
                Console.out(SafeText.escaped(Phrases.core.clockAhead(["who": names.display(clock.replica), "ahead": clock.aheadDescription])))
            }
            if let last = LastSync.read(journal.layout) {
                Console.out(Phrases.command.lastSync(["when": Timestamp.localMinute(last.at), "summary": SafeText.escaped(last.summary(names: names))]))
            }
        }
    }

    struct Name: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Phrases.help.replicaNameAbstract.text)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Phrases.help.replicaName))
        var name: String

        func validate() throws {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(Phrases.command.nameEmpty.text) }
        }

        func run() throws {
            let session = try Session(global, write: true)
            guard let journal = session.store.journal else { return }
            do { try ReplicaNames.write(name, for: journal.layout) } catch { throw CLIError(Phrases.command.cannotName(["error": "\(error)"])) }
            let shown = ReplicaNames.load(journal.layout).name(of: journal.replica) ?? name
            Console.out(Phrases.command.named(["id": journal.replica, "name": SafeText.escaped(shown)]))
        }
    }
}
