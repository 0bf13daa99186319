/// The names Accord itself writes in a shared data directory's `journal/`: only these are ever
/// taken from what a teammate sends.
public enum SharedFileName: Hashable, Sendable {
    /// `<replica>.log`: the journal a replica appends to.
    case journal(replica: String)
    /// `<replica>.NNNNNNNNN.log`: one of its journals, frozen at record N.
    case frozen(replica: String, lastSeq: Int)
    /// `<replica>.name`: the name it gave itself.
    case name(replica: String)
    /// `<replica>.held-<hash>.log`: another version of its records, held aside by a sync and
    /// published so that every replica sees both (hash: the first 12 hex digits of git's blob id).
    case held(replica: String, hash: String)

    /// What `name` (in `journal/`) is, or nil when it is no name Accord writes.
    public init?(_ name: String) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, ReplicaIdentity.isValid(parts[0]) else { return nil }
        let replica = parts[0]
        switch (parts.count, parts.last!) {
        case (2, "log"): self = .journal(replica: replica)
        case (2, "name"): self = .name(replica: replica)
        case (3, "log") where parts[1].count == 9 && parts[1].utf8.allSatisfy({ (0x30...0x39).contains($0) }):
            self = .frozen(replica: replica, lastSeq: Int(parts[1])!)
        case (3, "log") where parts[1].hasPrefix("held-") && Self.isHash(String(parts[1].dropFirst(5))):
            self = .held(replica: replica, hash: String(parts[1].dropFirst(5)))
        default: return nil
        }
    }

    /// The replica the file belongs to.
    public var replica: String {
        switch self {
        case .journal(let r), .frozen(let r, _), .name(let r), .held(let r, _): return r
        }
    }

    /// The name under which another version of `replica`'s records, git blob `object`, is held.
    public static func held(replica: String, object: String) -> String {
        "\(replica).held-\(object.prefix(12)).log"
    }

    private static func isHash(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
