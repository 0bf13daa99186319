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
            let keys = journal.replicaKeys
            var table = Table([Phrases.command.columnReplica, Phrases.command.columnName, Phrases.command.columnRecords, Phrases.command.columnKey].map(\.text),
                              flexibleColumn: 1)
            for (replica, seq) in session.store.ledger.frontier.sorted(by: { $0.key < $1.key }) {
                let name = names.name(of: replica).map { SafeText.escaped($0) } ?? "—"
                let key = keys.current(of: replica)?.fingerprint ?? Phrases.command.unsignedKey.text
                table.add([replica + (replica == journal.replica ? Phrases.command.thisOne.text : ""), name, "\(seq)", key])
            }
            Console.out(table.render())
            Console.out(Phrases.command.keysHow.text)
            ReplicaCommand.printSetAside(keys, names: names)
            for clock in session.store.ledger.clocksAhead {
                Console.out(SafeText.escaped(Phrases.core.clockAhead(["who": names.display(clock.replica), "ahead": clock.aheadDescription])))
            }
            if let last = LastSync.read(journal.layout) {
                Console.out(Phrases.command.lastSync(["when": Timestamp.localMinute(last.at), "summary": SafeText.escaped(last.summary(names: names))]))
            }
        }
    }

    /// The records set aside for their signatures, one line each, when there are any.
    static func printSetAside(_ keys: ReplicaKeys, names: ReplicaNames) {
        guard keys.setAsideCount > 0 else { return }
        Console.out(Phrases.command.setAsideHeading(keys.setAsideCount))
        for record in keys.setAside {
            Console.out("  " + SafeText.escaped(Phrases.command.setAsideLine(["record": record.ref.description, "who": names.display(record.ref.replica),
                                                                               "reason": record.reason.text])))
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
