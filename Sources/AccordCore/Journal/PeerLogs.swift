/// The other replicas' journals in `journal/`, read as they grow: whole, checksummed lines
/// only, and never written. Every `*.log` there but this replica's own is read, conflict
/// copies made by file-syncing tools included (`X.sync-conflict-….log`, `X (conflicted
/// copy …).log`): records are told apart by replica and number, so reading one twice is
/// harmless, and the union of all copies is what counts.
final class PeerLogs {
    /// How far each file (by name) was read.
    private(set) var offsets: [String: Int] = [:]
    /// Which file (inode) each name was when read: under the same name another file (a journal
    /// frozen and started anew, a copy written by git or a syncing tool) is read from its start.
    private var inodes: [String: Int] = [:]
    /// Records read that cannot apply yet (an earlier record of their replica is missing), by
    /// replica and number.
    private var pending: [String: [Int: JournalRecord]] = [:]
    /// Damage found in the files, in sentences (the records before it are read).
    private(set) var notices: [String] = []
    private var reported = Set<String>()
    /// Bytes of records read since this was last asked (`takeBytesRead`).
    private var bytesRead = 0

    /// The bytes of records read since the last call, and starts counting again.
    func takeBytesRead() -> Int {
        defer { bytesRead = 0 }
        return bytesRead
    }

    /// Forgets what was read: the next `readNew` reads every file from its start.
    func reset() {
        offsets = [:]
        inodes = [:]
        pending = [:]
    }

    /// Starts from positions a snapshot kept.
    func restore(_ positions: [FilePosition]) {
        offsets = Dictionary(positions.map { ($0.name, $0.offset) }, uniquingKeysWith: max)
        inodes = Dictionary(positions.map { ($0.name, $0.inode) }, uniquingKeysWith: max)
    }

    /// Where reading stopped in each file; every file at its start while records wait for a
    /// missing one (they are in no snapshot, so they must be read again).
    var positions: [FilePosition] {
        pending.isEmpty
            ? offsets.map { FilePosition(name: $0.key, offset: $0.value, inode: inodes[$0.key] ?? 0) }.sorted { $0.name < $1.name }
            : []
    }

    /// The names of the other replicas' journal files in `journal/`.
    static func fileNames(_ layout: DataLayout, fileSystem: FileSystem) -> [String] {
        let own = layout.replica + ".log"
        return fileSystem.listDirectory(layout.journals).filter {
            $0.hasSuffix(".log") && $0 != own && !$0.hasPrefix(".") && !layout.isFrozenSegment($0)
        }.sorted()
    }

    /// True when a file is new or longer than what was read (one `stat` each).
    func hasUnread(_ layout: DataLayout, fileSystem: FileSystem) -> Bool {
        Self.fileNames(layout, fileSystem: fileSystem).contains { name in
            guard let identity = fileSystem.identity(of: layout.journals + "/" + name) else { return false }
            return identity.size != offsets[name] || Int(truncatingIfNeeded: identity.inode) != inodes[name]
        }
    }

    /// The records the files gained since they were last read that continue what `frontier`
    /// holds of each replica (in no particular order); records after a gap wait in `pending`.
    /// A file now shorter than what was read (replaced) is read again from its start.
    func readNew(_ layout: DataLayout, fileSystem: FileSystem, frontier: [String: Int]) -> [JournalRecord] {
        var found: [String: [Int: JournalRecord]] = pending
        for name in Self.fileNames(layout, fileSystem: fileSystem) {
            let path = layout.journals + "/" + name
            guard let fd = try? fileSystem.openForReading(path) else { continue }
            defer { fileSystem.close(fd) }
            var offset = offsets[name] ?? 0
            let identity = try? fileSystem.identity(of: fd)
            let inode = Int(truncatingIfNeeded: identity?.inode ?? 0)
            // Another file under this name, or one shorter than what was read: from its start.
            if inode != inodes[name] || (identity?.size ?? 0) < offset { offset = 0 }
            // Where reading stopped must still be a line's end, or the file was rewritten in place.
            if offset > 0, (try? fileSystem.read(fd, from: offset - 1, upTo: 1)) != [UInt8(ascii: "\n")] { offset = 0 }
            inodes[name] = inode
            guard let bytes = try? fileSystem.read(fd, from: offset), !bytes.isEmpty else {
                offsets[name] = offset
                continue
            }
            let scan = JournalScan(bytes)
            let stop = scan.damage.first?.line ?? scan.newerRecord?.line
            var end = offset
            for entry in scan.entries {
                if let stop, entry.line > stop { break }
                end = offset + entry.byteRange.upperBound
                let record = entry.record
                guard !record.replica.isEmpty, record.replica != layout.replica,
                      record.seq > frontier[record.replica] ?? 0 else { continue }
                found[record.replica, default: [:]][record.seq] = record
            }
            bytesRead += max(0, end - (offsets[name] ?? 0))
            offsets[name] = end
            if let damage = scan.damage.first {
                report(name, Phrases.journal.peerDamaged(["name": name, "offset": String(end), "problem": damage.problem]))
            } else if let newer = scan.newerRecord {
                report(name, Phrases.journal.peerNewer(["name": name, "newer": "\(newer)"]))
            }
        }
        var records: [JournalRecord] = []
        pending = [:]
        for (replica, bySeq) in found {
            var next = (frontier[replica] ?? 0) + 1
            while let record = bySeq[next] {
                records.append(record)
                next += 1
            }
            let waiting = bySeq.filter { $0.key >= next }
            if !waiting.isEmpty { pending[replica] = waiting }
        }
        return records
    }

    private func report(_ name: String, _ sentence: String) {
        guard reported.insert(name).inserted else { return }
        notices.append(sentence)
    }
}
