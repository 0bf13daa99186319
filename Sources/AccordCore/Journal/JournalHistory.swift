/// Reading past records, newest first, across every replica's journal.
public enum JournalHistory {
    /// Up to `limit` of the newest readable records of every replica, in merged order, newest
    /// first (damaged lines are skipped; a record found in several copies is listed once).
    public static func recent(_ layout: DataLayout, limit: Int,
                              fileSystem: FileSystem = PosixFileSystem()) throws(FileSystemError) -> [JournalRecord] {
        let names = fileSystem.listDirectory(layout.journals).filter { $0.hasSuffix(".log") && !$0.hasPrefix(".") }
        var byRef: [RecordRef: JournalRecord] = [:]
        for name in names {
            guard let bytes = try fileSystem.readFile(layout.journals + "/" + name) else { continue }
            for entry in JournalScan(bytes).entries where !entry.record.replica.isEmpty {
                byRef[entry.record.ref] = entry.record
            }
        }
        return Array(byRef.values.sorted { $0.key > $1.key }.prefix(limit))
    }
}
