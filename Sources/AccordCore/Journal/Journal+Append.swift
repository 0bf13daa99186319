import Foundation
import Glibc

extension Journal {
    /// Runs `body` holding the directory's lock to write, waiting up to `options.lockPatience`
    /// seconds for it (`JournalError.busy` names the process that kept it), with what the
    /// journals gained since they were last read (read against `frontier`, the ledger's):
    /// the one way records are written (see `JournalWrite`).
    public func write<T>(frontier: [String: Int], _ body: (consuming JournalWrite) throws -> T) throws -> T {
        if let readOnlyReason { throw JournalError.readOnly(readOnlyReason) }
        var result: Result<T, any Error>!
        try locked(exclusive: true, patience: options.lockPatience) { () throws(JournalError) in
            let news = try readNews(frontier: frontier)
            result = Result { try body(JournalWrite(journal: self, news: news)) }
        }
        return try result.get()
    }

    /// Appends `record` to this replica's journal and fsyncs it (see `JournalWrite.append`,
    /// the only caller: the lock is held and the news read).
    func appendUnderLock(_ record: JournalRecord) throws(JournalError) {
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        guard own.fd != nil, mayWrite else { throw .readOnly(.requested) }
        try keepOwnJournal()
        let key = try keyForWriting()
        var record = record
        // This replica's first signed record introduces its key.
        if peers.keys.current(of: replica) == nil { record.publicKey = key.publicKey.base64 }
        let parts = record.parts()
        var bytes: [UInt8] = []
        for part in parts {
            let line = RecordSignature.signedLine(part, by: key)
            guard line.count <= RecordBounds.recordBytes else {
                // Every replica would read it as damage: it is never written.
                throw .tooLarge(bytes: line.count, bound: RecordBounds.recordBytes)
            }
            bytes += line
        }
        // A stop signal waits until the record is whole (or cut back): no half record on disk.
        try SignalShield.during { () throws(JournalError) in
            do throws(FileSystemError) {
                do throws(FileSystemError) {
                    try own.append(bytes, lines: parts.count)
                } catch where error.code == ENOSPC || error.code == EDQUOT {
                    // The disk is full: the caches give way to the record, once.
                    guard dropCaches() else { throw error }
                    try own.append(bytes, lines: parts.count)
                }
            } catch {
                readOnlyReason = .writeFailed(error)
                throw .appendFailed(error)
            }
        }
        peers.keys.noteApplied(record, check: .notChecked)
        accept(record)
    }

    /// This replica's key pair (`local/signing-key`, made on first use), when it is the key this
    /// replica's records introduced: a replica whose key file was lost or replaced cannot sign
    /// as itself any more (every other replica would set its records aside), and writes nothing.
    func keyForWriting() throws(JournalError) -> ReplicaKeyPair {
        let key: ReplicaKeyPair
        if let known = signingKeyPair {
            key = known
        } else {
            do { key = try ReplicaKeyPair.resolve(replica: replica, path: layout.signingKeyFile, fileSystem: fileSystem) } catch {
                throw .io(error)
            }
            signingKeyPair = key
        }
        if let introduced = peers.keys.current(of: replica), introduced != key.publicKey {
            throw .notThisReplicasKey(introduced: introduced.fingerprint, held: key.publicKey.fingerprint)
        }
        return key
    }

    /// Removes the cache (written again from the journals when there is room) to make room
    /// for a record; true when one was there. Said in a notice.
    func dropCaches() -> Bool {
        guard fileSystem.fileExists(layout.cache) else { return false }
        ReadInPlaceCheck.discard(layout, fileSystem: fileSystem)
        cacheGaveWay = true
        notices.append(Phrases.journal.cachesGaveWay.text)
        return true
    }

    /// True when the disk holding `local/` has room for the cache beside what the journals need
    /// (64 MiB and twice the cache); unknown counts as room. Never once the cache gave way to
    /// a record in this process: the next opening with room writes it again.
    var cachesHaveRoom: Bool {
        guard !cacheGaveWay else { return false }
        guard let free = fileSystem.availableBytes(at: layout.local) else { return true }
        let snapshot = fileSystem.identity(of: layout.cache)?.size ?? 0
        return free > (64 << 20) + 2 * snapshot
    }

    /// Before an append: this replica's journal must still be the file this process writes. One
    /// removed or replaced under it (a teammate's commit, a syncing tool) is put back from
    /// `local/own/` and said; one cut short in place turns the journal read-only, and is said.
    func keepOwnJournal() throws(JournalError) {
        let now = fileSystem.identityNotFollowing(layout.journal)
        if let now, now.isSameFile(as: own.identity) {
            guard now.size < own.size else { return }
            let error = FileSystemError(operation: "check", path: layout.journal, code: 0,
                                        reason: Phrases.journal.ownShrunk(["name": layout.replica + ".log", "size": String(now.size),
                                                                           "read": String(own.size)]))
            notices.append(error.reason)
            readOnlyReason = .writeFailed(error)
            throw .readOnly(.writeFailed(error))
        }
        do {
            notices += try recovery.restoreOwnFiles()
        } catch {
            readOnlyReason = .writeFailed(error)
            throw .appendFailed(error)
        }
        guard fileSystem.identityNotFollowing(layout.journal)?.isSameFile(as: own.identity) == true else {
            // No second name kept for the file this process writes (written before `local/own/`).
            let error = FileSystemError(operation: "check", path: layout.journal, code: 0,
                                        reason: Phrases.journal.ownGone(["name": layout.replica + ".log"]))
            readOnlyReason = .writeFailed(error)
            throw .readOnly(.writeFailed(error))
        }
    }

    /// True when this replica's journal has grown past `options.rotationAbove`: `rotate` it.
    public var wantsRotation: Bool {
        readOnlyReason == nil && holdsWriteLock && own.size > options.rotationAbove
    }

    /// Freezes this replica's full journal — renamed to `journal/<replica>.<last number>.log`,
    /// never to change again — and starts a new, empty one. A file that stops changing is stored
    /// and sent once by git; the one that grows stays small. Other processes of this replica
    /// follow into the new file; other replicas read the frozen one as a new file (by union).
    /// Only inside `write`; the cache kept after it (`keepCache`) starts in the new file.
    public func rotate() throws(JournalError) {
        guard holdsWriteLock, readOnlyReason == nil, own.size > 0 else { return }
        do { try own.freeze(as: layout.frozenSegment(lastSeq: lastSeq)) } catch { throw .io(error) }
        openSegment()
        if readOnlyReason == nil { try? fileSystem.syncDirectory(layout.journals) }
    }
}
