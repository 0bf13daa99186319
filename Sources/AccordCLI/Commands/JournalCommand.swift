import Foundation
import AccordCore
import ArgumentParser

/// `accord journal verify|log|repair|compact`
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Check, read, repair or compact the journal.",
        subcommands: [Verify.self, Log.self, Repair.self, Compact.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every record and the snapshot; exit 0 when clean, 1 with a report.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let directory = DataDirectory.resolve(flag: global.dataDirectory)
            let journal: Journal
            let cached: Journal, whole: Ledger, fromSnapshot: Ledger
            do {
                // Every journal from its start: damage before where the snapshot stopped is found too.
                (journal, whole) = try Journal.open(directory: directory, readOnly: true, useSnapshot: false)
                (cached, fromSnapshot) = try Journal.open(directory: directory, readOnly: true)
            } catch {
                throw CLIError("\(error)")
            }
            let replicas = journal.otherJournalFiles.count
            Console.out("Data directory: \(directory)")
            Console.out("This replica: \(journal.replica.isEmpty ? "none yet" : journal.replica), last record \(journal.lastSeq) "
                        + "(journal/\(journal.replica).log); \(Plural.of(replicas, "other replica")) in journal/")
            Console.out("Records: \(journal.replayedCount) replayed from every journal's start")
            let snapshotAgrees = fromSnapshot.state == whole.state && fromSnapshot.conflicts == whole.conflicts
            Console.out("Snapshot: " + (cached.snapshotSeq == nil ? "none"
                : "local/snapshot.json, \(cached.replayedCount) record(s) after it; "
                  + (snapshotAgrees ? "agrees with the journals" : "differs from the journals (it is a cache: rebuilt at the next change)")))
            var problems = journal.damage.map { "damaged: \($0)" }
            if !journal.damage.isEmpty || !snapshotAgrees {
                // A cache that no longer agrees is not trusted: the next start reads the journals whole.
                try? FileManager.default.removeItem(atPath: journal.layout.snapshot)
            }
            problems += journal.notices.filter { $0.hasPrefix("journal/") && !$0.hasPrefix("journal/\(journal.replica).log") }
            if let tail = journal.tornTail {
                problems.append("torn tail: line \(tail.line), \(tail.byteRange.count) byte(s): \(tail.problem) "
                                + "(moved to quarantine at the next start that can write)")
            }
            if case .newerFormat(let what)? = journal.readOnlyReason {
                problems.append("written by a newer Accord: \(what); this build shows the data read-only and changes nothing")
            }
            if problems.isEmpty {
                Console.out("Result: clean")
                return
            }
            problems.forEach { Console.out("  \($0)") }
            Console.out("Result: \(problems.count) problem(s)" + (journal.damage.isEmpty ? "" : " — run 'accord journal repair'"))
            throw ExitCode.failure
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the latest changes, undos and redos, newest first.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "How many records to show.")
        var limit = 20

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() throws {
            // Opened as every command opens it: a directory from before replicas migrates first.
            let session = try Session(global, write: false, history: false)
            let directory = session.directory
            let own = session.store.journal?.replica
            let layout = DataLayout(directory: directory, replica: own ?? "")
            let records = try JournalHistory.recent(layout, limit: limit)
            if records.isEmpty { return Console.out("The journal is empty.") }
            let names = ReplicaNames.load(layout)
            var table = Table(["#", "WHEN", "WHO", "WHAT", "EVENTS"], flexibleColumn: 3)
            for record in records {
                // Local time, as everywhere else.
                let when = Timestamp.localMinute(record.at)
                let who = record.replica == own ? "me" : SafeText.escaped(names.display(record.replica))
                table.add(["\(record.seq)", when, who, SafeText.escaped(record.kind.describe(record.change.label)),
                           "\(record.change.events.count)"])
            }
            Console.out(table.render())
        }
    }

    struct Repair: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move damaged records to quarantine (after a backup) and make the data writable again.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let directory = DataDirectory.resolve(flag: global.dataDirectory)
            let store: Store
            do { store = try Store.open(directory: directory) } catch { throw CLIError("\(error)") }
            store.journal?.notices.forEach { Console.error("accord: \($0)") }
            guard let journal = store.journal, journal.mayWrite, store.readOnlyReason.map(\.isDamage) ?? true else {
                throw CLIError("cannot repair: \(store.readOnlyReason?.description ?? "the data is read-only").")
            }
            if journal.damage.isEmpty {
                return Console.out("journal/\(journal.replica).log has no damaged record; nothing to repair.")
            }
            let kept = journal.replayedCount
            let report = try store.repair()
            Console.out("Backed up the journal to \(report.backupPath).")
            for damage in report.damagedLines { Console.out("  removed \(damage)") }
            if let path = report.quarantinePath { Console.out("The removed lines are kept byte for byte in \(path).") }
            Console.out("Kept the \(Plural.of(kept, "good record")) of journal/\(journal.replica).log; each lost number "
                        + "holds an empty record saying so, and the data is writable again.")
        }
    }

    struct Compact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the local snapshot of the merged journals now (undo history kept).")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let session = try Session(global, write: true)
            try session.store.compact()
            Console.out("Snapshot written: local/snapshot.json holds the merged journals "
                        + "(this replica up to record \(session.store.journal?.lastSeq ?? 0)).")
        }
    }
}
