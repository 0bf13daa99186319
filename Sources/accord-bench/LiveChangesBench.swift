import Glibc
import AccordCore
import AccordTUI
import Foundation

/// Several processes on one data directory (issue 16): how soon a dashboard shows a change
/// another process saved, and what a tick costs while four other processes write.
enum LiveChangesBench {
    /// A child `accord-bench --writer` whose lines go to a file.
    struct Child {
        let pid: pid_t
        let output: String

        var lines: [Substring] {
            ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n")
        }
    }

    static func spawnWriter(_ directory: String, seed: Int, arguments: [String]) -> Child? {
        let output = NSTemporaryDirectory() + "accord-bench-writer-\(getpid())-\(seed)"
        let command = [CommandLine.arguments[0], "--writer", directory, "--seed", "\(seed)"] + arguments
        return Measure.spawn(command, output: output).map { Child(pid: $0, output: output) }
    }

    static func isRunning(_ child: Child) -> Bool {
        var status: Int32 = 0
        return waitpid(child.pid, &status, WNOHANG) == 0
    }

    /// From another process's acknowledged tick to a dashboard here having applied it and drawn
    /// the frame: the dashboard waits as the real one does (on its watcher, beside the keyboard).
    static func followLatency(_ directory: String, ticks: Int, report: inout Report, goal: Bool) throws {
        let store = try Store.open(directory: directory)
        let dashboard = DashboardRuntime(store: store, width: 200, height: 60)
        var applied: [Int] = []
        var shownAt: [Int: Double] = [:]
        store.subscribe { record in if record.origin == .elsewhere { applied.append(record.record.seq) } }
        guard let writer = spawnWriter(directory, seed: 1, arguments: ["--ticks-only", "--changes", "\(ticks)", "--pause-ms", "50"]) else {
            return print("(could not start a writer process)")
        }
        var watched = pollfd(fd: dashboard.wakeDescriptors.first ?? -1, events: Int16(POLLIN), revents: 0)
        while true {
            let running = isRunning(writer)
            _ = poll(&watched, 1, running ? 200 : 0)
            if dashboard.followOthers(now: !running) {
                _ = dashboard.frame
                let now = Measure.now()
                for seq in applied { shownAt[seq] = now }
            }
            applied = []
            if !running { break }
        }
        var latencies: [Double] = []
        for line in writer.lines where line.hasPrefix("ack ") {
            let parts = line.split(separator: " ")
            guard parts.count >= 4, let seq = Int(parts[1]), let at = Double(parts[3]), let shown = shownAt[seq] else { continue }
            latencies.append((shown - at) * 1000)
        }
        unlink(writer.output)
        report.add("tick elsewhere to frame here, p50 (\(latencies.count) ticks)", Measure.percentile(latencies, 50), "ms")
        report.add("tick elsewhere to frame here, p99", Measure.percentile(latencies, 99), "ms",
                   goal: goal ? "< 200 ms" : nil, pass: goal ? Measure.percentile(latencies, 99) < 200 : nil)
    }

    /// Ticks (each after reading the others' records, with fsync) while four other processes
    /// tick as fast as they can.
    static func tickWithBusyWriters(_ directory: String, ticks: Int, report: inout Report, goal: Bool) throws {
        let writers = (0..<4).compactMap { spawnWriter(directory, seed: 100 + $0, arguments: ["--ticks-only", "--changes", "1000000"]) }
        defer {
            for writer in writers {
                kill(writer.pid, SIGTERM)
                var status: Int32 = 0
                waitpid(writer.pid, &status, 0)
                unlink(writer.output)
            }
        }
        // Each opens the data first; measure once all of them are writing.
        let deadline = Measure.now() + 30
        while Measure.now() < deadline && !writers.allSatisfy({ $0.lines.contains { $0.hasPrefix("ack ") } }) { usleep(50_000) }
        let store = try Store.open(directory: directory)
        let actionID = store.state.actions.keys.sorted().first ?? ""
        let seqBefore = store.journal?.lastSeq ?? 0
        var latencies: [Double] = []
        let started = Measure.now()
        for _ in 0..<ticks {
            latencies.append(try Measure.ms {
                if store.state.actions[actionID]?.isDone == true { try store.untick(actionID) } else { try store.tick(actionID) }
            })
        }
        let seconds = Measure.now() - started
        let others = (store.journal?.lastSeq ?? 0) - seqBefore - ticks
        report.add("records 4 other writers saved meanwhile", Double(others) / seconds, "/s")
        report.add("tick with 4 other writers busy, p50", Measure.percentile(latencies, 50), "ms")
        report.add("tick with 4 other writers busy, p99", Measure.percentile(latencies, 99), "ms",
                   goal: goal ? "< 20 ms" : nil, pass: goal ? Measure.percentile(latencies, 99) < 20 : nil)
    }
}
