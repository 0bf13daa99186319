import Foundation

/// When this replica last synced and what came of it, kept in `local/last-sync` (one line:
/// the UTC time, a tab, the summary) for the dashboard's header.
public enum LastSync {
    static func path(_ layout: DataLayout) -> String { layout.local + "/last-sync" }

    static func write(_ summary: String, layout: DataLayout, now: Date = CalendarClock.now()) {
        let line = Timestamp.iso(now) + "\t" + summary.replacingOccurrences(of: "\n", with: " ") + "\n"
        try? PosixFileSystem().writeFile(path(layout), Array(line.utf8))
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
