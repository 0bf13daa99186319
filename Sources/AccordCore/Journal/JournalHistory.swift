/// Reading past records, newest first, across archived segments and the current one.
public enum JournalHistory {
    /// Up to `limit` of the newest readable records (damaged lines are skipped).
    public static func recent(_ layout: DataLayout, limit: Int,
                              fileSystem: FileSystem = PosixFileSystem()) throws(FileSystemError) -> [JournalRecord] {
        var segments = fileSystem.listDirectory(layout.archive)
            .filter { $0.hasPrefix("journal-") && $0.hasSuffix(".log") }
            .map { layout.archive + "/" + $0 }
        segments.append(layout.journal)
        var result: [JournalRecord] = []
        var seen = Set<Int>()
        for path in segments.reversed() {
            guard result.count < limit else { break }
            guard let bytes = try fileSystem.readFile(path) else { continue }
            for entry in JournalScan(bytes).entries.reversed() where !seen.contains(entry.record.seq) {
                seen.insert(entry.record.seq)
                result.append(entry.record)
                if result.count == limit { break }
            }
        }
        return result.sorted { $0.seq > $1.seq }
    }
}
