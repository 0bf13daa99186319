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
            do {
                (journal, _) = try Journal.open(DataLayout(directory: directory), readOnly: true)
            } catch {
                throw CLIError("\(error)")
            }
            Console.out("Data directory: \(directory)")
            Console.out("Snapshot: " + (journal.snapshotSeq.map { "snapshot.json, up to record \($0)" } ?? "none"))
            Console.out("Journal: journal.log, \(journal.replayedCount) record(s) after the snapshot, last record \(journal.lastSeq)")
            var problems = journal.damage.map { "damaged: \($0)" }
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
            let layout = DataLayout(directory: DataDirectory.resolve(flag: global.dataDirectory))
            let records = try JournalHistory.recent(layout, limit: limit)
            if records.isEmpty { return Console.out("The journal is empty.") }
            var table = Table(["#", "WHEN", "WHAT", "EVENTS"], flexibleColumn: 2)
            for record in records {
                // Local time, as everywhere else.
                let when = Timestamp.localMinute(record.at)
                table.add(["\(record.seq)", when, record.kind.describe(record.change.label), "\(record.change.events.count)"])
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
                return Console.out("journal.log has no damaged record; nothing to repair.")
            }
            let kept = journal.replayedCount
            let report = try store.repair()
            Console.out("Backed up the journal to \(report.backupPath).")
            for damage in report.damagedLines { Console.out("  removed \(damage)") }
            if let path = report.quarantinePath { Console.out("The removed lines are kept byte for byte in \(path).") }
            Console.out("Kept the \(Plural.of(kept, "good record")) of journal.log, folded into a new snapshot "
                        + "(everything up to record \(journal.lastSeq)); the data is writable again.")
        }
    }

    struct Compact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fold the journal into a snapshot (undo history kept); the old segment moves to archive/.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let session = try Session(global, write: true)
            try session.store.compact()
            Console.out("Compacted: snapshot.json holds everything up to record \(session.store.journal?.lastSeq ?? 0).")
        }
    }
}
