import AccordCore
import ArgumentParser
import Foundation

/// `accord conflicts [list] [--json]`, `accord conflicts take N`, `accord conflicts dismiss N`:
/// what merging replicas overwrote or left out, and taking it back.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List what merging replicas overwrote or left out; take a value back or dismiss it.",
        discussion: """
            When two replicas set the same field without having seen each other's change, the later \
            clock wins and the other value is listed here; a change that could not apply (an edit of \
            an item deleted elsewhere, an id created twice) is listed too. Every replica lists the same \
            conflicts. 'take N' makes the lost value current again, 'dismiss N' keeps what is there; \
            both are ordinary changes, shared by the next sync, that take the conflict off every list.
            """,
        subcommands: [List.self, Take.self, Dismiss.self], defaultSubcommand: List.self)

    /// Opens the data to write and settles the conflict listed as `which` (a number or an id) with `how`.
    @discardableResult
    static func settle(_ which: String, _ global: GlobalOptions, _ how: (Store, String) throws -> Change) throws -> Change {
        let session = try Session(global, write: true)
        return try how(session.store, try session.store.conflict(which).id)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the conflicts, oldest first (exit 0; 1 when there are none).")

        @OptionGroup var global: GlobalOptions

        @Flag(help: "A JSON array (empty when there are none).")
        var json = false

        /// One conflict as `--json` prints it.
        struct ConflictJSON: Encodable {
            var number: Int
            var id, kind, item, reason: String
            var fields: [String]
            var lost: RecordJSON
            var winner: RecordJSON?
            /// Each lost field's value, as JSON text.
            var values: [String: String]
        }

        struct RecordJSON: Encodable {
            var replica: String
            var name: String?
            var seq: Int
        }

        func run() throws {
            let session = try Session(global, write: false, history: false)
            let conflicts = session.store.conflicts
            let names = session.store.journal.map { ReplicaNames.load($0.layout) } ?? ReplicaNames()
            if json {
                let shapes = conflicts.enumerated().map { index, conflict in
                    ConflictJSON(number: index + 1, id: conflict.id, kind: conflict.kind.rawValue, item: conflict.itemID,
                                 reason: conflict.reason, fields: conflict.fields,
                                 lost: RecordJSON(replica: conflict.lost.replica, name: names.name(of: conflict.lost.replica), seq: conflict.lost.seq),
                                 winner: conflict.winner.map { RecordJSON(replica: $0.replica, name: names.name(of: $0.replica), seq: $0.seq) },
                                 values: Dictionary(conflict.lostValues.map { ($0.field, $0.value) }, uniquingKeysWith: { a, _ in a }))
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Console.out(String(decoding: try encoder.encode(shapes), as: UTF8.self))
            } else if conflicts.isEmpty {
                Console.out("No conflicts: every replica's changes applied as they were made.")
            } else {
                for (index, conflict) in conflicts.enumerated() {
                    Console.out("\(index + 1). \(SafeText.escaped(conflict.sentence(names: names)))")
                }
                Console.out("'accord conflicts take N' makes a lost value current again; 'accord conflicts dismiss N' keeps what is there.")
            }
            if conflicts.isEmpty { throw ExitCode.failure }
        }
    }

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make what conflict N lost current again (a new change).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The conflict's number in 'accord conflicts', or its id.")
        var conflict: String

        func run() throws {
            let change = try ConflictsCommand.settle(conflict, global) { store, id in try store.take(id) }
            Console.out("\(SafeText.escaped(change.label)) — 'accord undo' undoes it.")
        }
    }

    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Keep the current value and take conflict N off the list.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The conflict's number in 'accord conflicts', or its id.")
        var conflict: String

        func run() throws {
            try ConflictsCommand.settle(conflict, global) { store, id in try store.dismiss(id) }
            Console.out("Dismissed conflict \(SafeText.escaped(conflict)): the current value stays.")
        }
    }
}
