import AccordCore
import ArgumentParser
import Foundation

/// `accord replica` and `accord replica name NAME`: this replica and the others it has read.
struct ReplicaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replica",
        abstract: "Show this replica and the others; name this one ('accord replica name \"Bureau des partenariats UPEC\"').",
        subcommands: [Show.self, Name.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "This replica's id and name, and every replica read, with its last record.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let session = try Session(global, write: false, history: false)
            guard let journal = session.store.journal else { return }
            let names = ReplicaNames.load(journal.layout)
            Console.out("This replica: \(journal.replica) — \(names.name(of: journal.replica).map { SafeText.escaped($0) } ?? "no name yet ('accord replica name NAME')")")
            var table = Table(["REPLICA", "NAME", "RECORDS"], flexibleColumn: 1)
            for (replica, seq) in session.store.ledger.frontier.sorted(by: { $0.key < $1.key }) {
                let name = names.name(of: replica).map { SafeText.escaped($0) } ?? "—"
                table.add([replica + (replica == journal.replica ? " (this one)" : ""), name, "\(seq)"])
            }
            Console.out(table.render())
            if let last = LastSync.read(journal.layout) {
                Console.out("Last sync: \(Timestamp.localMinute(last.at)) — \(SafeText.escaped(last.summary))")
            }
        }
    }

    struct Name: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Name this replica: the journal log, last changes and conflicts say it.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The name, e.g. \"Bureau des partenariats UPEC\" (one line, at most 80 characters).")
        var name: String

        func validate() throws {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the name cannot be empty.") }
        }

        func run() throws {
            let session = try Session(global, write: true)
            guard let journal = session.store.journal else { return }
            do { try ReplicaNames.write(name, for: journal.layout) } catch { throw CLIError("cannot name this replica: \(error)") }
            let shown = ReplicaNames.load(journal.layout).name(of: journal.replica) ?? name
            Console.out("This replica (\(journal.replica)) is now called '\(SafeText.escaped(shown))'; the next sync shares the name.")
        }
    }
}
