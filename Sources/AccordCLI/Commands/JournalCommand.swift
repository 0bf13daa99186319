import Foundation
import AccordCore
import ArgumentParser

/// `accord journal verify|log|repair|rebuild`
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: Phrases.help.journalAbstract.text,
        subcommands: [Verify.self, Log.self, Repair.self, Rebuild.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Phrases.help.journalVerifyAbstract.text)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let directory = DataDirectory.resolve(flag: global.dataDirectory)
            let journal: Journal
            let cached: Journal, whole: Ledger, fromSnapshot: Ledger
            do {
                // Every journal from its start: damage before where the cache stopped is found too.
                (journal, whole) = try Journal.open(directory: directory, JournalOptions(readOnly: true, useCache: false))
                (cached, fromSnapshot) = try Journal.open(directory: directory, JournalOptions(readOnly: true))
            } catch {
                throw CLIError("\(error)")
            }
            let replicas = journal.otherJournalFiles.count
            let w = Phrases.command
            Console.out(w.verifyDirectory(["directory": directory]))
            Console.out(w.verifyReplica(replicas, ["id": journal.replica.isEmpty ? w.verifyNoneYet.text : journal.replica,
                                                   "seq": String(journal.lastSeq), "file": "journal/\(journal.replica).log"]))
            Console.out(w.verifyRecords(["n": journal.replayedCount]))
            let snapshotAgrees = fromSnapshot.state == whole.state && fromSnapshot.conflicts == whole.conflicts
            Console.out(cached.snapshotSeq == nil ? w.verifyNoSnapshot.text
                : w.verifySnapshot(["n": cached.replayedCount, "agreement": (snapshotAgrees ? w.verifyAgrees : w.verifyDiffers)]))
            var problems = journal.damage.map { w.verifyDamaged(["damage": "\($0)"]) }
            if !journal.damage.isEmpty || !snapshotAgrees {
                // A cache that no longer agrees is not trusted: the next start reads the journals whole.
                ReadInPlaceCheck.discard(journal.layout)
            }
            Console.out(Self.describe(ReadInPlaceCheck.of(cached.layout, against: whole), discardingFrom: cached.layout))
            problems += journal.peerNotices
            if let tail = journal.tornTail {
                problems.append(w.verifyTornTail(["line": String(tail.line), "bytes": String(tail.byteRange.count), "problem": tail.problem]))
            }
            let names = ReplicaNames.load(journal.layout)
            problems += whole.clocksAhead.map { Phrases.core.clockAhead(["who": names.display($0.replica), "ahead": $0.aheadDescription]) }
            if case .newerFormat(let what)? = journal.readOnlyReason {
                problems.append(w.verifyNewer(["what": what]))
            }
            if problems.isEmpty {
                Console.out(w.verifyClean.text)
                return
            }
            // They quote file names and values other replicas chose.
            problems.forEach { Console.out("  " + SafeText.escaped($0)) }
            Console.out(w.verifyProblems(problems.count) + (journal.damage.isEmpty ? "" : w.verifyRunRepair.text))
            throw ExitCode.failure
        }

        /// The line saying how the snapshot read in place compares; one that differs or cannot
        /// be read is removed (a cache: written again from the journals at the next change).
        private static func describe(_ check: ReadInPlaceCheck, discardingFrom layout: DataLayout) -> String {
            let w = Phrases.command
            switch check {
            case .none: return w.verifyReadInPlaceNone.text
            case .agrees(let seq): return w.verifyReadInPlace(["seq": String(seq), "agreement": w.verifyAgrees.text])
            case .behind(let seq): return w.verifyReadInPlace(["seq": String(seq), "agreement": w.verifyBehind.text])
            case .differs(let seq):
                ReadInPlaceCheck.discard(layout)
                return w.verifyReadInPlace(["seq": String(seq), "agreement": w.verifyDiffers.text])
            case .unreadable(let problem):
                ReadInPlaceCheck.discard(layout)
                return w.verifyReadInPlaceUnreadable(["problem": problem])
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Phrases.help.journalLogAbstract.text, usage: "accord journal log [--limit <limit>] [--data <dir>] [--lang <language>]")

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(Phrases.help.journalLogLimit))
        var limit = 20

        func validate() throws {
            if limit < 1 { throw ValidationError(Phrases.command.limitAtLeastOne.text) }
        }

        func run() throws {
            // Opened as every command opens it: a directory from before replicas migrates first.
            let session = try Session(global, write: false, history: false)
            let directory = session.directory
            let own = session.store.journal?.replica
            let layout = DataLayout(directory: directory, replica: own ?? "")
            let records = try JournalHistory.recent(layout, limit: limit)
            if records.isEmpty { return Console.out(Phrases.command.journalEmpty.text) }
            let names = ReplicaNames.load(layout)
            var table = Table(["#"] + [Phrases.command.columnWhen, Phrases.command.columnWho, Phrases.command.columnWhat, Phrases.command.columnEvents].map(\.text),
                              flexibleColumn: 3)
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
            abstract: Phrases.help.journalRepairAbstract.text)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let directory = DataDirectory.resolve(flag: global.dataDirectory)
            let store: Store
            do { store = try Store.open(directory: directory, Session.options()) } catch { throw CLIError("\(error)") }
            store.journal?.notices.forEach { Console.error("accord: \($0)") }
            guard let journal = store.journal, journal.mayWrite, store.readOnlyReason.map(\.isDamage) ?? true else {
                throw CLIError(Phrases.command.cannotRepair(["reason": store.readOnlyReason?.description ?? ReadOnlyReason.requested.brief]))
            }
            if journal.damage.isEmpty {
                return Console.out(Phrases.command.nothingToRepair(["replica": journal.replica]))
            }
            let kept = journal.replayedCount
            let report = try store.repair()
            Console.out(Phrases.command.backedUp(["path": report.backupPath]))
            for damage in report.damagedLines { Console.out(Phrases.command.removedLine(["damage": "\(damage)"])) }
            if let path = report.quarantinePath { Console.out(Phrases.command.keptInQuarantine(["path": path])) }
            Console.out(Phrases.command.keptGood(kept, ["replica": journal.replica]))
        }
    }

    struct Rebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Phrases.help.journalRebuildAbstract.text, aliases: ["compact"])

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let directory = DataDirectory.resolve(flag: global.dataDirectory)
            let progress = ProgressLine.start(Phrases.command.progressRebuilding.text)
            defer { progress?.finish() }
            progress?.step(Phrases.command.progressReplaying.text)
            let journal: Journal, ledger: Ledger
            do { (journal, ledger) = try Journal.open(directory: directory, Session.options(useCache: false)) } catch { throw CLIError("\(error)") }
            progress?.step(Phrases.command.progressWritingCache.text)
            journal.notices.forEach { Console.error("accord: \($0)") }
            if let reason = journal.readOnlyReason { throw CLIError(Phrases.command.cannotChange(["reason": "\(reason)"])) }
            try Store(ledger: ledger, journal: journal).rebuildCache()
            progress?.finish()
            let kept = FileManager.default.fileExists(atPath: journal.layout.cache)
            Console.out((kept ? Phrases.command.snapshotsRebuilt : Phrases.command.snapshotRebuiltSmall)(["n": journal.replayedCount]))
        }
    }
}
