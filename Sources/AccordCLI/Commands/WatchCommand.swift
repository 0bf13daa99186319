import AccordCore
import ArgumentParser
import Foundation

/// `accord watch [--json] [--count N]`: prints each change made on the data — by a dashboard,
/// another command, a colleague's process — as it lands, one line each.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: Phrases.help.watchAbstract.text,
        usage: "accord watch [--json] [--count <n>] [--data <dir>] [--lang <language>]",
        discussion: Phrases.help.watchDiscussion.text)

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(Phrases.help.watchJSON))
    var json = false

    @Option(help: ArgumentHelp(Phrases.help.watchCount))
    var count: Int?

    /// One change as `--json` prints it.
    struct RecordJSON: Encodable {
        var replica: String
        var seq: Int
        var at, kind, label, description: String
        var items: [String]
    }

    func validate() throws {
        if let count, count < 1 { throw ValidationError(Phrases.command.countAtLeastOne.text) }
    }

    func run() throws {
        let session = try Session(global, write: false, history: false)
        let store = session.store
        guard let journal = store.journal else { return }
        let watcher = DirectoryWatcher(directory: journal.layout.journals)
        var printed = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func show(_ committed: CommittedRecord) {
            let record = committed.record
            if json {
                let shape = RecordJSON(replica: record.replica, seq: record.seq, at: record.at, kind: record.kind.rawValue, label: record.change.label,
                                       description: committed.description, items: record.change.itemIDs.sorted())
                let line = (try? encoder.encode(shape)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                Console.out(line)
            } else {
                let who = record.replica == journal.replica ? ""
                    : Phrases.command.byReplica(["name": SafeText.escaped(ReplicaNames.load(journal.layout).display(record.replica))])
                Console.out("\(record.seq)  \(Timestamp.localMinute(record.at))  \(SafeText.escaped(committed.description))\(who)")
            }
            printed += 1
            if let count, printed >= count { Foundation.exit(0) }
        }
        store.subscribe(show, reread: {
            // Records that sort before ones already shown: each is printed all the same.
            Console.error(Phrases.command.rereadInOrder.text)
            for record in store.arrivedWithReread {
                show(CommittedRecord(record: record, inverse: record.change.describing([]), origin: .elsewhere))
            }
        })
        while true {
            watcher.wait(upTo: watcher.backstopInterval)
            guard watcher.shouldLook() else { continue }
            do {
                try store.followOthers()
            } catch {
                throw CLIError(Phrases.command.cannotReadJournal(["error": "\(error)"]))
            }
            if let reason = store.readOnlyReason, reason.isDamage || reason.isNewerFormat {
                throw CLIError(Phrases.command.stoppedWatching(["reason": "\(reason)"]))
            }
        }
    }
}
