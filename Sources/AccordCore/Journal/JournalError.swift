/// Why the journal refused or failed a write, in words a user can act on.
public enum JournalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The session is read-only; nothing was written.
    case readOnly(ReadOnlyReason)
    /// The write or fsync failed; the change was not saved and the session is now read-only.
    case appendFailed(FileSystemError)
    case snapshotUnreadable(path: String, problem: String)
    case io(FileSystemError)
    case notDamaged
    /// Another process kept the directory's lock for `seconds` (its pid when known); nothing was written.
    case busy(holder: LockHolder?, seconds: Double)
    /// The data was opened without its undo history (a read-only command), so it cannot be folded into a snapshot.
    case historyNotLoaded
    /// A record past `RecordBounds.recordBytes`: never written (every replica would read it as damage).
    case tooLarge(bytes: Int, bound: Int)
    /// `local/signing-key` holds another key than the one this replica's records introduced (both fingerprints).
    case notThisReplicasKey(introduced: String, held: String)

    public var description: String {
        switch self {
        case .appendFailed:
            return Phrases.journal.changeNotSaved(["why": whyNotSaved])
        default:
            return whyNotSaved
        }
    }

    /// The reason alone, for a screen that says "Not saved: " itself.
    public var whyNotSaved: String {
        let words = Phrases.journal
        switch self {
        case .readOnly(let reason):
            return words.nothingSavedReadOnly(["reason": reason.description])
        case .appendFailed(let error):
            return words.appendFailed(["reason": error.reason, "operation": error.operation, "path": error.path])
        case .snapshotUnreadable(let path, let problem):
            return words.snapshotCannotBeRead(["path": path, "problem": "\(problem)"])
        case .io(let error):
            return "\(error)."
        case .notDamaged:
            return words.notDamaged.text
        case .busy(let holder, let seconds):
            return words.busy(["holder": holder?.description ?? words.anotherProcess.text, "seconds": Int(seconds.rounded())])
        case .historyNotLoaded:
            return words.historyNotLoaded.text
        case .tooLarge(let bytes, let bound):
            return words.recordTooLarge(["bytes": String(bytes), "bound": String(bound)])
        case .notThisReplicasKey(let introduced, let held):
            return words.notThisReplicasKey(["introduced": introduced, "held": held])
        }
    }
}

/// Why a session cannot write.
public enum ReadOnlyReason: Hashable, Sendable, CustomStringConvertible {
    /// `file`: the journal's path in the data directory ("journal/2c76d3ff4e89.log").
    case damaged(file: String, line: Int, problem: String)
    case writeFailed(FileSystemError)
    case cannotOpen(FileSystemError)
    /// Written by a newer Accord: a record or the snapshot holds what this build does not know.
    case newerFormat(String)
    case requested

    public var description: String {
        let words = Phrases.journal
        switch self {
        case .damaged(let file, let line, let problem): return words.reasonDamaged(["file": file, "line": String(line), "problem": problem])
        case .writeFailed(let error): return words.reasonWriteFailed(["error": "\(error)"])
        case .cannotOpen(let error): return words.reasonCannotOpen(["error": "\(error)"])
        case .newerFormat(let what): return words.reasonNewer(["what": what])
        case .requested: return Phrases.core.readOnlyRequested.text
        }
    }

    /// True for damage in the journal: what `accord journal repair` mends.
    public var isDamage: Bool {
        if case .damaged = self { return true }
        return false
    }

    /// True when a newer Accord wrote what this one cannot read.
    public var isNewerFormat: Bool {
        if case .newerFormat = self { return true }
        return false
    }

    /// The reason in a few words, what matters first, for a status bar of 80 columns
    /// ("journal/2c76d3ff4e89.log is damaged at line 12; run 'accord journal repair'").
    public var brief: String {
        let words = Phrases.core
        switch self {
        case .damaged(let file, let line, _): return words.readOnlyDamaged(["file": file, "line": String(line)])
        case .writeFailed(let error): return words.readOnlyWriteFailed(["reason": error.reason])
        case .cannotOpen(let error): return words.readOnlyCannotOpen(["reason": error.reason])
        case .newerFormat: return words.readOnlyNewer.text
        case .requested: return words.readOnlyRequested.text
        }
    }
}
