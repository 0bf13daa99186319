import Foundation

/// When this replica last synced and what came of it, kept in `local/last-sync` (one line:
/// the UTC time, a tab, the summary) for the dashboard's header.
public enum LastSync {
    static func path(_ layout: DataLayout) -> String { layout.lastSync }

    /// Keeps what `report` counts, without words ("sent=3 conflicts=1 refused=0 received=b1:12"):
    /// the summary is phrased when it is read, in the reader's language.
    static func write(_ report: GitSync.Report, layout: DataLayout, now: Date = CalendarClock.now()) {
        let received = report.received.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
        let line = Timestamp.iso(now) + "\tsent=\(report.sent) conflicts=\(report.newConflicts) refused=\(report.refusals.count) received=\(received)\n"
        try? PosixFileSystem().writeFile(path(layout), Array(line.utf8))
    }

    /// The report `write` kept, read back (nil when `text` is an older Accord's sentence).
    static func report(from text: String) -> GitSync.Report? {
        guard text.hasPrefix("sent=") else { return nil }
        var report = GitSync.Report(sent: 0, received: [:], newConflicts: 0, remote: "")
        for pair in text.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "sent": report.sent = Int(parts[1]) ?? 0
            case "conflicts": report.newConflicts = Int(parts[1]) ?? 0
            case "refused": report.refusals = Array(repeating: "", count: min(Int(parts[1]) ?? 0, 100_000))
            case "received":
                for entry in parts[1].split(separator: ",") {
                    let replica = entry.split(separator: ":")
                    if replica.count == 2, let count = Int(replica[1]) { report.received[String(replica[0]), default: 0] += count }
                }
            default: continue
            }
        }
        return report
    }

    /// Where what syncs refused is kept: one line each, the UTC time, a tab, the sentence (the
    /// file is started anew, the previous one kept as `.old`, past 1 MiB).
    public static func refusalsPath(_ layout: DataLayout) -> String { layout.syncRefusals }

    /// Appends `refusals` to `refusalsPath`.
    static func keep(refusals: [String], layout: DataLayout, now: Date = CalendarClock.now()) {
        guard !refusals.isEmpty else { return }
        let path = refusalsPath(layout)
        if let size = PosixFileSystem().identity(of: path)?.size, size > 1 << 20 { rename(path, path + ".old") }
        let stamp = Timestamp.iso(now)
        let text = refusals.map { stamp + "\t" + $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        let fileSystem = PosixFileSystem()
        guard let fd = try? fileSystem.openForAppend(path) else { return }
        defer { fileSystem.close(fd) }
        try? fileSystem.write(fd, Array(text.utf8))
    }

    /// The last sync as kept: when, and what it counted (an older Accord's sentence as it is).
    public struct Entry: Sendable, Equatable {
        /// ISO 8601, UTC.
        public var at: String
        var report: GitSync.Report?
        var text: String

        /// What it did, in the current language, naming replicas by `names`.
        public func summary(names: ReplicaNames) -> String { report?.summary(names: names) ?? text }
    }

    /// The last sync, or nil when there was none.
    public static func read(_ layout: DataLayout) -> Entry? {
        guard let bytes = (try? PosixFileSystem().readFile(path(layout))) ?? nil else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
        let parts = text.split(separator: "\t", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return Entry(at: parts[0], report: report(from: parts[1]), text: parts[1])
    }
}
