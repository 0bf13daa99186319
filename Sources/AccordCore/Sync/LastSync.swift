import Foundation

/// When this replica last synced and what came of it, kept in `local/last-sync` (one line:
/// the UTC time, a tab, the summary) for the dashboard's header.
public enum LastSync {
    static func path(_ layout: DataLayout) -> String { layout.lastSync }

    static func write(_ summary: String, layout: DataLayout, now: Date = CalendarClock.now()) {
        let line = Timestamp.iso(now) + "\t" + summary.replacingOccurrences(of: "\n", with: " ") + "\n"
        try? PosixFileSystem().writeFile(path(layout), Array(line.utf8))
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

    /// The time (ISO, UTC) and summary of the last sync, or nil when there was none.
    public static func read(_ layout: DataLayout) -> (at: String, summary: String)? {
        guard let bytes = (try? PosixFileSystem().readFile(path(layout))) ?? nil else { return nil }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
        let parts = text.split(separator: "\t", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }
}
