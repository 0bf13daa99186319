/// Reading past records, newest first, across every replica's journal.
public enum JournalHistory {
    /// Up to `limit` of the newest readable records of every replica, in merged order, newest
    /// first (damaged lines are skipped; a record found in several copies is listed once). Every
    /// file is read as another replica's is (see `PeerLogs`): no link, no FIFO, bounded, and only
    /// the records of the replica it is named after.
    public static func recent(_ layout: DataLayout, limit: Int,
                              fileSystem: FileSystem = PosixFileSystem()) throws(FileSystemError) -> [JournalRecord] {
        let names = fileSystem.listDirectory(layout.journals).filter { $0.hasSuffix(".log") && !$0.hasPrefix(".") }
        var byRef: [RecordRef: JournalRecord] = [:]
        for name in names {
            guard let bytes = try? fileSystem.readUntrusted(name, in: "journal", of: layout.directory, upTo: RecordBounds.peerFileBytes)
            else { continue }
            let owner = PeerLogs.replica(ofFile: name)
            for entry in JournalScan(bytes).entries where entry.record.replica == owner {
                byRef[entry.record.ref] = entry.record
            }
        }
        return Array(byRef.values.sorted { $0.key > $1.key }.prefix(limit))
    }
}
