/// The other replicas' journals in `journal/`, read as they grow: whole, checksummed lines
/// only, and never written. Every `*.log` there but this replica's own is read, conflict
/// copies made by file-syncing tools included (`X.sync-conflict-….log`, `X (conflicted
/// copy …).log`): records are told apart by replica and number, so reading one twice is
/// harmless, and the union of all copies is what counts.
final class PeerLogs {
    /// How far each file (by name) was read.
    private(set) var offsets: [String: Int] = [:]
    /// The lines before each file's offset, when known (read from its start in this process;
    /// not for positions a snapshot restored): a newer record is then named by its line.
    private var linesRead: [String: Int] = [:]
    /// Which file (inode) each name was when read: under the same name another file (a journal
    /// frozen and started anew, a copy written by git or a syncing tool) is read from its start.
    private var inodes: [String: Int] = [:]
    /// A record read, with what checking its signature found and where it was read.
    struct Read {
        var record: JournalRecord
        var check: SignatureCheck
        /// Its file, and the offset of its line there.
        var name: String
        var start: Int
        /// True when its file is where its replica writes (see `isWrittenByItsReplica`).
        var canonical: Bool

        /// Before `other` among two versions of one record: a signed one before an unsigned one
        /// before one whose signature fails; then the one its replica's own file holds.
        func preferred(to other: Read) -> Bool {
            let mine = PeerLogs.trust(check), theirs = PeerLogs.trust(other.check)
            return mine != theirs ? mine > theirs : canonical && !other.canonical
        }
    }
    /// Records read that cannot apply yet (an earlier record of their replica is missing, or,
    /// unsigned, no signed record has seen them), by replica and number: each number's
    /// versions, the preferred first (at most `versionsKept`).
    private var pending: [String: [Int: [Read]]] = [:]
    static let versionsKept = 8
    /// The replicas' keys and the records set aside for their signatures (see `ReplicaKeys`).
    var keys = ReplicaKeys()
    /// The signatures checked and found good, when remembered (see `VerifiedSignatures`).
    var verified = VerifiedSignatures()
    /// Reads the signatures the cache remembers (set by the journal): needed before a file is
    /// read again from its start, to tell a copy of a record applied from another version.
    var loadRemembered: (() -> [VerifiedSignatures.Digest])?
    /// Set when a file held a good signed record of a number already applied that is not the
    /// one applied (or not known to be): every journal must be read again whole, where both
    /// versions meet (see `ReplicaKeys.noteNumberedTwice`). Taken by `takeWholeReplay`.
    private var wantsWholeReplay = false

    /// True (once) when the records read call for reading everything again whole.
    func takeWholeReplay() -> Bool {
        defer { wantsWholeReplay = false }
        return wantsWholeReplay
    }
    /// Damage found in the files, in sentences (the records before it are read).
    private(set) var notices: [String] = []
    private var reported = Set<String>()

    /// Forgets what was read: the next `readNew` reads every file from its start.
    func reset() {
        offsets = [:]
        linesRead = [:]
        inodes = [:]
        pending = [:]
        keys = ReplicaKeys()
    }

    /// Starts from positions a snapshot kept.
    func restore(_ positions: [FilePosition]) {
        offsets = Dictionary(positions.map { ($0.name, $0.offset) }, uniquingKeysWith: max)
        inodes = Dictionary(positions.map { ($0.name, $0.inode) }, uniquingKeysWith: max)
    }

    /// Where reading stopped in each file — in a file holding records that wait for a missing
    /// one, at the first of those (they are in no snapshot, so they must be read again): the
    /// snapshots stay usable while a record is missing.
    var positions: [FilePosition] {
        var starts: [String: Int] = [:]
        for read in pending.values.flatMap({ $0.values.joined() }) { starts[read.name] = min(starts[read.name] ?? .max, read.start) }
        return offsets.map { FilePosition(name: $0.key, offset: min($0.value, starts[$0.key] ?? .max), inode: inodes[$0.key] ?? 0) }
            .sorted { $0.name < $1.name }
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
            guard let identity = fileSystem.identity(of: layout.inJournals(name)) else { return false }
            return identity.size != offsets[name] || Int(truncatingIfNeeded: identity.inode) != inodes[name]
        }
    }

    /// The replica whose records the file `name` may hold: its name up to the first `.` or space
    /// (`a1.log`, `a1.000000042.log`, `a1.held-….log`, `a1 (conflicted copy).log`).
    static func replica(ofFile name: String) -> String {
        String(name.prefix { $0 != "." && $0 != " " })
    }

    /// True when `name` is where its replica itself writes (its journal or a frozen segment),
    /// not a copy (held aside by a sync, or made by a syncing tool).
    static func isWrittenByItsReplica(_ name: String) -> Bool {
        switch SharedFileName(name) {
        case .journal?, .frozen?: return true
        default: return false
        }
    }

    /// The records the files gained since they were last read that continue what `frontier`
    /// holds of each replica (in no particular order); records after a gap wait in `pending`.
    /// A file now shorter than what was read (replaced) is read again from its start.
    ///
    /// Every file is what another replica sent: opened without following links, only when it
    /// is a regular file, and read up to `RecordBounds.peerFileBytes`; a record that names
    /// another replica than its file's is left out. Whatever is left out is named once.
    ///
    /// Every record's signature is checked as it is read, then each replica's records are
    /// decided in order by `keys` (`ReplicaKeys`): set aside, waiting, or returned.
    func readNew(_ layout: DataLayout, fileSystem: FileSystem, frontier: [String: Int]) -> [JournalRecord] {
        var found: [String: [Int: [Read]]] = pending
        for name in Self.fileNames(layout, fileSystem: fileSystem) {
            let fd: Int32?
            do { fd = try fileSystem.openUntrusted(name, in: "journal", of: layout.directory) } catch {
                report(name, Phrases.journal.peerNotRead(["name": name, "reason": error.reason]))
                continue
            }
            guard let fd else { continue }
            defer { fileSystem.close(fd) }
            var offset = offsets[name] ?? 0
            let identity = try? fileSystem.identity(of: fd)
            let inode = Int(truncatingIfNeeded: identity?.inode ?? 0)
            // Another file under this name, or one shorter than what was read: from its start.
            if inode != inodes[name] || (identity?.size ?? 0) < offset { offset = 0 }
            // Where reading stopped must still be a line's end, or the file was rewritten in place.
            if offset > 0, (try? fileSystem.read(fd, from: offset - 1, upTo: 1)) != [UInt8(ascii: "\n")] { offset = 0 }
            inodes[name] = inode
            let limit = max(0, RecordBounds.peerFileBytes - offset)
            if (identity?.size ?? 0) > RecordBounds.peerFileBytes {
                report(name, Phrases.journal.peerTooLarge(["name": name, "size": String(identity?.size ?? 0),
                                                           "bound": String(RecordBounds.peerFileBytes)]))
            }
            guard let bytes = try? fileSystem.read(fd, from: offset, upTo: limit), !bytes.isEmpty else {
                offsets[name] = offset
                continue
            }
            let scan = JournalScan(bytes)
            let stop = scan.damage.first?.line ?? scan.newerRecord?.line
            let owner = Self.replica(ofFile: name)
            // Checked against the replica's keys known so far and those its records in this file
            // carry (a few: a forger's among them only fails later); a key met in another file
            // read after this one is tried when the record is decided (`SignatureCheck.retried`).
            var candidates = keys.candidates(of: owner)
            for entry in scan.entries where entry.record.replica == owner && candidates.count < 8 {
                if let key = entry.record.publicKey.flatMap(PublicKey.init(base64:)), !candidates.contains(key) { candidates.append(key) }
            }
            // Read again from its start: what it holds of records applied is told apart by the
            // signatures remembered.
            if offset == 0, (frontier[owner] ?? 0) > 0, !verified.isLoaded, let load = loadRemembered { verified.load(load()) }
            let (checks, checkedNow) = SignatureBatch.check(scan.entries, in: bytes, candidates: candidates, verified: &verified) { record in
                record.replica == owner && record.replica != layout.replica
            }
            let canonical = Self.isWrittenByItsReplica(name)
            var end = offset
            let linesBefore = offset == 0 ? 0 : linesRead[name]
            var linesTaken = 0
            for (index, (entry, check)) in zip(scan.entries, checks).enumerated() {
                if let stop, entry.line > stop { break }
                let start = offset + entry.byteRange.lowerBound
                end = offset + entry.byteRange.upperBound
                linesTaken = entry.line
                let record = entry.record
                guard record.replica == owner else {
                    report(name, Phrases.journal.peerForeign(["name": name, "replica": record.replica]))
                    continue
                }
                guard record.replica != layout.replica else { continue }
                let read = Read(record: record, check: check, name: name, start: start, canonical: canonical)
                guard record.seq > frontier[record.replica] ?? 0 else {
                    // A copy of a record applied already: one that does not check is named; a good
                    // one whose signature was not known may be another version: read all again. So
                    // is the replica's own file claiming another first key than the one applied
                    // (met first in a copy): its own file's version is preferred, as when read at once.
                    if canonical, case .signed(let key) = check, record.publicKey.flatMap(PublicKey.init(base64:)) == key,
                       let first = keys.chains[owner]?.first, first.from == record.firstSeq, first.key != key {
                        wantsWholeReplay = true
                    } else if let reason = keys.judgeCopy(record, check: check) {
                        reportSetAside(read, reason)
                    } else if case .signed = check, checkedNow[index] {
                        wantsWholeReplay = true
                    }
                    continue
                }
                // Known by their first number: a group's records come as one, numbered as its last.
                var versions = found[record.replica]?[record.firstSeq] ?? []
                if versions.contains(where: { $0.record == record }) { continue }
                if !versions.isEmpty {
                    report("twice:\(record.ref)", Phrases.journal.peerTwoVersions(["record": record.ref.description, "name": name]))
                }
                guard versions.count < Self.versionsKept else { continue }
                versions.insert(read, at: versions.firstIndex { read.preferred(to: $0) } ?? versions.endIndex)
                found[record.replica, default: [:]][record.firstSeq] = versions
            }
            offsets[name] = end
            linesRead[name] = linesBefore.map { $0 + linesTaken }
            if let damage = scan.damage.first {
                report(name, Phrases.journal.peerDamaged(["name": name, "offset": String(end), "problem": damage.problem]))
            } else if let newer = scan.newerRecord {
                // The file's line when the lines before were counted here; else where in bytes.
                let placed = newer.placed(linesBefore: linesBefore, bytesBefore: offset)
                report(name, Phrases.journal.peerNewer(["name": name, "newer": "\(placed)"]))
            } else if let tail = scan.tornTail, !scan.endsInsideAGroup, bytes[tail.byteRange].contains(UInt8(ascii: "\n")) {
                // Whole lines that are not records, with no good one after them: named, never
                // dropped without a word (a line still being written has no end of line yet).
                report(name, Phrases.journal.peerDamaged(["name": name, "offset": String(end), "problem": tail.problem]))
            }
        }
        var records: [JournalRecord] = []
        pending = [:]
        let ahead = ReplicaKeys.vouching(found.values.flatMap { $0.values.joined().map { ($0.record, $0.check) } })
        // In the replicas' order: every replica decides the same records the same way.
        for replica in found.keys.sorted() {
            var bySeq = found[replica]!
            var next = (frontier[replica] ?? 0) + 1
            var unvouched = false
            walk: while let versions = bySeq[next] {
                if let twice = keys.numberedTwice[replica], next >= twice {
                    // Its replica signed two records with one number: from there on, held aside.
                    for seq in bySeq.keys.sorted() where seq >= next {
                        let reason: SetAsideRecord.Reason = seq == twice ? .numberedTwice : .afterNumberedTwice
                        for read in bySeq[seq]! {
                            keys.noteSetAside(read.record, reason)
                            reportSetAside(read, reason)
                        }
                        bySeq[seq] = nil
                    }
                    break
                }
                // Two different records its replica's key signed with this number: equivocation.
                let signers = versions.compactMap { read in keys.admittingSigner(read.record, check: read.check).map { ($0, read.record) } }
                if Dictionary(grouping: signers, by: \.0).values.contains(where: { Set($0.map(\.1)).count > 1 }) {
                    keys.noteNumberedTwice(replica, at: next)
                    continue walk
                }
                // The versions of this number, the preferred first: the first its replica's keys
                // admit applies; those set aside before it are named, as are those after it that
                // do not check (another copy of the one applied).
                var left = versions
                while !left.isEmpty {
                    let read = left.removeFirst()
                    switch keys.admit(read.record, check: read.check, vouchedAhead: ahead) {
                    case .apply:
                        records.append(read.record)
                        for other in left {
                            if let reason = keys.judgeCopy(other.record, check: other.check) { reportSetAside(other, reason) }
                        }
                        next = read.record.seq + 1
                        continue walk
                    case .wait:
                        unvouched = true
                        bySeq[next] = [read] + left
                        break walk
                    case .setAside(let reason):
                        // As if it had not come: its replica's own version of that number still may.
                        reportSetAside(read, reason)
                    }
                }
                bySeq[next] = nil
                break
            }
            let waiting = bySeq.filter { $0.key >= next }
            guard !waiting.isEmpty else { continue }
            pending[replica] = waiting
            if unvouched {
                report("unvouched:\(replica):\(next)", Phrases.journal.peerUnvouched(["n": String(waiting.count), "replica": replica, "first": String(next)]))
            } else {
                report("waiting:\(replica):\(next)", Phrases.journal.peerWaiting(["n": String(waiting.count), "replica": replica, "missing": String(next)]))
            }
        }
        return records
    }

    /// Names a record set aside (once).
    private func reportSetAside(_ read: Read, _ reason: SetAsideRecord.Reason) {
        let ref = RecordRef(replica: read.record.replica, seq: read.record.firstSeq)
        report("aside:\(ref):\(read.name):\(read.start)", Phrases.journal.peerSetAside([
            "record": ref.description, "name": read.name, "reason": reason.text]))
    }

    /// How far a version of a record is believed, when two are read: signed above unsigned
    /// above a signature that does not check.
    static func trust(_ check: SignatureCheck) -> Int {
        switch check {
        case .signed, .notChecked: return 2
        case .unsigned: return 1
        case .failed: return 0
        }
    }

    private func report(_ name: String, _ sentence: String) {
        guard reported.insert(name).inserted else { return }
        notices.append(sentence)
    }
}
