import Glibc
import Foundation

/// Timing, percentiles and memory readings for the benchmark.
enum Measure {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Milliseconds `body` took.
    static func ms(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return (now() - start) * 1000
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let index = min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))
        return sorted[index]
    }

    /// A line of /proc/self/status in MB: VmRSS (now) or VmHWM (peak).
    static func memoryMB(_ field: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return 0 }
        let kb = Double(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "0") ?? 0
        return kb / 1024
    }

    /// Runs a program; returns its wall time in ms and its peak RSS in MB (nil when it could not start or failed).
    /// The peak comes from `/usr/bin/time -f %M` when it is installed: a child's `ru_maxrss`
    /// on Linux starts from the parent's, so wait4 would report the benchmark's own peak.
    static func runProcess(_ path: String, _ arguments: [String]) -> (ms: Double, peakMB: Double?)? {
        let timer = "/usr/bin/time"
        let report = NSTemporaryDirectory() + "accord-bench-time-\(getpid())"
        let useTimer = FileManager.default.isExecutableFile(atPath: timer)
        let command = useTimer ? [timer, "-f", "%M", "-o", report, path] + arguments : [path] + arguments
        let start = now()
        guard let pid = spawn(command, output: "/dev/null") else { return nil }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = (now() - start) * 1000
        guard status == 0 else { return nil }
        let peak = (try? String(contentsOfFile: report, encoding: .utf8))
            .flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }.map { $0 / 1024 }
        unlink(report)
        return (elapsed, peak)
    }

    /// Starts `command` (a path and its arguments) with its standard output in the file `output`
    /// (created or emptied) and its errors dropped; its pid, or nil when it could not start.
    static func spawn(_ command: [String], output: String) -> pid_t? {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, command[0], &actions, nil, &argv, environ) == 0 else { return nil }
        return pid
    }
}
