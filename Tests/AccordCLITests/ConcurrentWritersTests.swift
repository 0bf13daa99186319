import AccordCore
import Foundation
import Testing

/// Many processes writing one data directory at once (each an `accord-bench --writer`, making
/// random ticks, notes, adds, deletes, undos and redos), some of them killed mid-way.
@Suite(.serialized) struct ConcurrentWritersTests {
    /// `accord-bench`, built beside `accord`.
    static let writerBinary = AccordBinary.url.deletingLastPathComponent().appendingPathComponent("accord-bench")

    /// A running writer and the file its lines go to.
    struct Writer {
        let process: Process
        let output: String

        var lines: [Substring] {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            return text.split(separator: "\n")
        }

        /// The record numbers of the changes it saved.
        var acknowledged: [Int] {
            lines.filter { $0.hasPrefix("ack ") }.compactMap { Int($0.split(separator: " ")[1]) }
        }

        /// The last record it had read and its state's checksum, once it ended normally.
        var end: (seq: Int, checksum: String)? {
            guard let last = lines.last, last.hasPrefix("end ") else { return nil }
            let parts = last.split(separator: " ")
            return (Int(parts[1])!, String(parts[2]))
        }
    }

    private func start(_ accord: AccordBinary, seed: Int, changes: Int, pauseMS: Int = 0) throws -> Writer {
        let output = accord.home + "/writer-\(seed).out"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let process = Process()
        process.executableURL = Self.writerBinary
        process.arguments = ["--writer", accord.data, "--changes", "\(changes)", "--seed", "\(seed)", "--pause-ms", "\(pauseMS)"]
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: output)
        try process.run()
        return Writer(process: process, output: output)
    }

    /// Waits for `process` up to `seconds`; false when it was still running (then it is killed).
    private func wait(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return false
        }
        return true
    }

    /// Every record of the data directory's one replica (its processes all write one journal), oldest first.
    private func records(_ accord: AccordBinary) -> [JournalRecord] {
        let replica = (try? ReplicaIdentity.resolve(directory: accord.data, create: false)).flatMap { $0 } ?? "?"
        let layout = DataLayout(directory: accord.data, replica: replica)
        let bytes = (try? PosixFileSystem().readFile(layout.journal)).flatMap { $0 } ?? []
        return JournalScan(bytes).entries.map(\.record)
    }

    /// The checksum of the state replaying `records` up to `seq` gives (as the writer computes it).
    private func checksum(replaying records: [JournalRecord], upTo seq: Int) throws -> String {
        var ledger = Ledger()
        for record in records where record.seq <= seq { try ledger.apply(record.kind, record.change) }
        return CRC32C.hex(LineCodec.encode(Snapshot(replica: "", lastSeq: 0, files: [], takenAt: "", ledger: Ledger(state: ledger.state))))
    }

    @Test func eightWritersAtOnceLoseNothingAndAgreeWithTheJournal() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        let writers = try (1...8).map { try start(accord, seed: $0, changes: 200) }
        for writer in writers {
            #expect(wait(writer.process, seconds: 120), "a writer got stuck")
            #expect(writer.process.terminationStatus == 0, "\(writer.lines.suffix(3))")
        }
        let acknowledged = writers.flatMap(\.acknowledged)
        #expect(acknowledged.count > 8 * 150, "most changes apply (\(acknowledged.count))")
        #expect(Set(acknowledged).count == acknowledged.count, "no record number acknowledged twice")
        let all = records(accord)
        #expect(all.map(\.seq) == Array(1...all.count), "record numbers are contiguous")
        #expect(Set(acknowledged).isSubset(of: Set(all.map(\.seq))), "every acknowledged change is in the journal")
        #expect(all.count == 1 + acknowledged.count, "and nothing else but the sample data")
        for writer in writers {
            let end = try #require(writer.end)
            #expect(try checksum(replaying: all, upTo: end.seq) == end.checksum,
                    "replaying the journal to record \(end.seq) gives the state the writer ended with")
        }
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 0 && verify.out.contains("Result: clean"), "\(verify.out)")
    }

    @Test func writersKilledMidWayLoseNoAcknowledgedChangeAndStickNoOne() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        var random = SystemRandomNumberGenerator()
        var finished: [Writer] = []
        var killed: [Writer] = []
        for round in 0..<3 {
            // The first two are killed: they get more to do, so that they are still writing then.
            let writers = try (0..<4).map { try start(accord, seed: 10 * round + $0, changes: $0 < 2 ? 600 : 150, pauseMS: 1) }
            // Killed once each has saved something (a loaded machine is slow to start them), at a random moment.
            let deadline = Date().addingTimeInterval(30)
            while writers.prefix(2).contains(where: { $0.acknowledged.isEmpty }), Date() < deadline { usleep(10_000) }
            usleep(UInt32.random(in: 0...200_000, using: &random))
            for victim in writers.prefix(2) {
                kill(victim.process.processIdentifier, SIGKILL)
                victim.process.waitUntilExit()
                killed.append(victim)
            }
            for writer in writers.dropFirst(2) {
                #expect(wait(writer.process, seconds: 60), "a writer got stuck on the lock a killed one held")
                #expect(writer.process.terminationStatus == 0, "\(writer.lines.suffix(3))")
                finished.append(writer)
            }
        }
        #expect(killed.allSatisfy { $0.process.terminationReason == .uncaughtSignal }, "killed while still writing")
        #expect(killed.contains { !$0.acknowledged.isEmpty }, "after saving some changes")
        // One more write cuts an incomplete record a killed writer may have left last (writers
        // delete only the actions they added, so uo-s2 is still there).
        _ = try accord.ok(["note", "uo-s2", "after the writers \(UUID().uuidString)"])
        let all = records(accord)
        #expect(all.map(\.seq) == Array(1...all.count), "record numbers are contiguous")
        let acknowledged = (finished + killed).flatMap(\.acknowledged)
        #expect(Set(acknowledged).count == acknowledged.count)
        #expect(Set(acknowledged).isSubset(of: Set(all.map(\.seq))), "no acknowledged change was lost")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 0 && verify.out.contains("Result: clean"), "\(verify.out)")
    }
}
