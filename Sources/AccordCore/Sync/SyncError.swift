/// Why `accord sync` could not share the data; nothing of the data directory was lost.
public enum SyncError: Error, Hashable, Sendable, CustomStringConvertible {
    case gitMissing
    case notARepository(String)
    case noRemote
    case gitFailed(command: String, reason: String)
    /// Another sync of the same data directory kept running for `seconds`.
    case busy(holder: LockHolder?, seconds: Double)
    /// Stopped on request (Esc in the dashboard) at a safe point: what was fetched and taken in
    /// before it stays, and the next sync goes on from there.
    case cancelled

    /// The same in a few words for a status bar (no path): what to do comes first.
    public var brief: String {
        switch self {
        case .notARepository: return Phrases.core.syncNotShared.text
        case .noRemote: return Phrases.core.syncNoRemote.text
        default: return description
        }
    }

    public var description: String {
        let words = Phrases.core
        switch self {
        case .gitMissing: return words.gitMissing.text
        case .notARepository(let directory): return words.directoryNotShared(["directory": directory])
        case .noRemote: return words.directoryNoRemote.text
        case .gitFailed(let command, let reason): return words.gitFailed(["command": command, "reason": reason])
        case .cancelled: return words.syncCancelled.text
        case .busy(let holder, let seconds):
            return words.syncBusy(["holder": holder?.description ?? Phrases.journal.anotherProcess.text,
                                   "seconds": String(Int(seconds))])
        }
    }
}
