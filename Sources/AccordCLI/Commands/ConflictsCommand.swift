import AccordCore
import ArgumentParser
import Foundation

/// `accord conflicts [list] [--json]`, `accord conflicts take N`, `accord conflicts dismiss N`:
/// what merging replicas overwrote or left out, and taking it back.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: Phrases.help.conflictsAbstract.text,
        discussion: Phrases.help.conflictsDiscussion.text,
        subcommands: [List.self, Take.self, Dismiss.self], defaultSubcommand: List.self)

    /// Opens the data to write and settles the conflict `which` (its short id as listed, or its full id) with `how`.
    @discardableResult
    static func settle(_ which: String, _ global: GlobalOptions, _ how: (Store, String) throws -> Change) throws -> Change {
        let session = try Session(global, write: true)
        return try how(session.store, try session.store.conflict(which).id)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Phrases.help.conflictsListAbstract.text)

        @OptionGroup var global: GlobalOptions

        @Flag(help: ArgumentHelp(Phrases.help.conflictsJSON))
        var json = false

        /// One conflict as `--json` prints it: `id` the short id `take` and `dismiss` are
        /// given, `key` the full one (`<replica>:<seq>:<item>`).
        struct ConflictJSON: Encodable {
            var id, key, kind, item, reason: String
            var fields: [String]
            var lost: RecordJSON
            var winner: RecordJSON?
            /// Each lost field's value, as JSON text.
            var values: [String: String]
            /// How far the winner's clock was found ahead, in seconds (absent when it was not).
            var winnerClockAhead: Int?
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
            let setAside = session.store.journal?.replicaKeys.setAside ?? []
            if json {
                var shapes = conflicts.map { conflict in
                    ConflictJSON(id: conflict.shortID, key: conflict.id, kind: conflict.kind.rawValue, item: conflict.itemID,
                                 reason: conflict.reason, fields: conflict.fields,
                                 lost: RecordJSON(replica: conflict.lost.replica, name: names.name(of: conflict.lost.replica), seq: conflict.lost.seq),
                                 winner: conflict.winner.map { RecordJSON(replica: $0.replica, name: names.name(of: $0.replica), seq: $0.seq) },
                                 values: Dictionary(conflict.lostValues.map { ($0.field, $0.value) }, uniquingKeysWith: { a, _ in a }),
                                 winnerClockAhead: conflict.winner.flatMap { session.store.ledger.clocks[$0.replica]?.ahead }.flatMap { $0 > 0 ? $0 : nil })
                }
                // The records set aside for their signatures: listed, not to be taken (kind "setAside").
                shapes += setAside.map { record in
                    ConflictJSON(id: "aside:\(record.ref)", key: "aside:\(record.ref)", kind: "setAside", item: "", reason: record.reason.rawValue,
                                 fields: [], lost: RecordJSON(replica: record.ref.replica, name: names.name(of: record.ref.replica), seq: record.ref.seq),
                                 winner: nil, values: [:], winnerClockAhead: nil)
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Console.out(String(decoding: try encoder.encode(shapes), as: UTF8.self))
            } else if conflicts.isEmpty {
                Console.out(Phrases.command.noConflicts.text)
            } else {
                for conflict in conflicts {
                    Console.out("\(conflict.shortID)  \(SafeText.escaped(conflict.sentence(names: names, clocks: session.store.ledger.clocks)))")
                }
                Console.out(Phrases.command.conflictsHow.text)
            }
            // Not conflicts to take back, but what the merge left out all the same: named here too.
            if !json, let keys = session.store.journal?.replicaKeys { ReplicaCommand.printSetAside(keys, names: names) }
            if conflicts.isEmpty && setAside.isEmpty { throw ExitCode.failure }
        }
    }

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Phrases.help.conflictsTakeAbstract.text)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Phrases.help.conflictNumber))
        var conflict: String

        func run() throws {
            let change = try ConflictsCommand.settle(conflict, global) { store, id in try store.take(id) }
            Console.out(Phrases.command.labelUndo(["label": SafeText.escaped(change.label)]))
        }
    }

    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Phrases.help.conflictsDismissAbstract.text)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Phrases.help.conflictNumber))
        var conflict: String

        func run() throws {
            try ConflictsCommand.settle(conflict, global) { store, id in try store.dismiss(id) }
            Console.out(Phrases.command.dismissed(["id": SafeText.escaped(conflict)]))
        }
    }
}
