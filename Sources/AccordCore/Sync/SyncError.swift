/// Why `accord sync` could not share the data; nothing of the data directory was lost.
public enum SyncError: Error, Hashable, Sendable, CustomStringConvertible {
    case gitMissing
    case notARepository(String)
    case noRemote
    case gitFailed(command: String, reason: String)
    /// git found a content conflict in a file Accord did not write (someone edited it by hand).
    case mergeConflict(files: [String])

    /// The same in a few words for a status bar (no path): what to do comes first.
    public var brief: String {
        switch self {
        case .notARepository: return "this data is not shared through git yet: 'accord sync --init URL' sets it up"
        case .noRemote: return "no git remote: 'accord sync --init URL' names one"
        default: return description
        }
    }

    public var description: String {
        switch self {
        case .gitMissing:
            return "git is not installed (on Debian or Ubuntu: apt install git); a synced folder needs no git at all."
        case .notARepository(let directory):
            return "\(directory) is not shared through git yet: 'accord sync --init URL' sets it up "
                + "(URL: a bare repository everyone can reach, or a forge's)."
        case .noRemote:
            return "this data directory has no git remote: 'accord sync --init URL' names one."
        case .gitFailed(let command, let reason):
            return "git \(command) failed: \(reason)"
        case .mergeConflict(let files):
            return "git could not merge \(files.joined(separator: ", ")) (edited by hand?); the merge was undone and "
                + "nothing was lost: fix the file in the repository, then sync again."
        }
    }
}
