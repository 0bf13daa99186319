import AccordCore
import ArgumentParser
import Foundation

/// `accord watch [--json] [--count N]`: prints each change made on the data — by a dashboard,
/// another command, a colleague's process — as it lands, one line each.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print each change as it is saved (by any Accord on this data), one line each; Ctrl-C to stop.",
        discussion: """
            A line is 'RECORD  WHEN  WHAT' ('42  2026-11-30 14:05  Ticked 'Diffuser les offres…''), \
            with '— by NAME' for another replica's. With --json, one JSON object a line: replica, \
            seq (its number in that replica), at (UTC), kind (change, undo or redo), label, \
            description and items (the ids it touched).
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "One JSON object per line.")
    var json = false

    @Option(help: "Stop after this many changes.")
    var count: Int?

    /// One change as `--json` prints it.
    struct RecordJSON: Encodable {
        var replica: String
        var seq: Int
        var at, kind, label, description: String
        var items: [String]
    }

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1.") }
    }

    func run() throws {
        let session = try Session(global, write: false, history: false)
        let store = session.store
        guard let journal = store.journal else { return }
        let watcher = DirectoryWatcher(directory: journal.layout.journals)
        var printed = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        store.subscribe({ committed in
            let record = committed.record
            if json {
                let shape = RecordJSON(replica: record.replica, seq: record.seq, at: record.at, kind: record.kind.rawValue, label: record.change.label,
                                       description: committed.description, items: record.change.itemIDs.sorted())
                let line = (try? encoder.encode(shape)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                Console.out(line)
            } else {
                let who = record.replica == journal.replica ? ""
                    : " — by " + SafeText.escaped(ReplicaNames.load(journal.layout).display(record.replica))
                Console.out("\(record.seq)  \(Timestamp.localMinute(record.at))  \(SafeText.escaped(committed.description))\(who)")
            }
            printed += 1
            if let count, printed >= count { Foundation.exit(0) }
        }, reread: {
            Console.error("accord: records arrived that sort before ones already shown (another replica's, or a repair); "
                          + "the data was read again in order ('accord journal log' lists what changed).")
        })
        while true {
            watcher.wait(upTo: watcher.backstopInterval)
            guard watcher.shouldLook() else { continue }
            do {
                try store.followOthers()
            } catch {
                throw CLIError("cannot read the journal: \(error)")
            }
            if let reason = store.readOnlyReason, reason.isDamage || reason.isNewerFormat {
                throw CLIError("stopped watching: \(reason).")
            }
        }
    }
}
