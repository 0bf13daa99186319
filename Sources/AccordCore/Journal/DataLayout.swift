/// The files of a data directory shared by a team: one journal per replica, shared;
/// everything else local.
///
/// ```
/// DIR/journal/<replica>.log    each replica's newest records, appended by that replica only (shared)
/// DIR/journal/<replica>.NNNNNNNNN.log  its earlier records up to number N, frozen (shared)
/// DIR/journal/<replica>.name   the replica's name, one line, written by that replica (shared)
/// DIR/.gitignore               "local/": what git must not share
/// DIR/local/replica            this replica's id (never shared)
/// DIR/local/origin             the machine and folder local/ was made in (a copied local/ gets a new id)
/// DIR/local/lock               flock'ed around each write; holds the writer's pid
/// DIR/local/snapshot.sqlite    the cache: the merged ledger, keyed by what it read of each journal
/// DIR/local/own/              a second name (hard link) for each of this replica's journal files
/// DIR/local/quarantine/        bytes cut out of this replica's journal, kept byte for byte
/// DIR/local/<replica>.log.bak-*  this replica's journal as it was before a repair
/// DIR/local/before-team/       a single-journal directory's files, as they were before it migrated
/// ```
public struct DataLayout: Sendable, Hashable {
    public let directory: String
    /// This replica's id (see `ReplicaIdentity`).
    public let replica: String

    /// What this replica alone keeps, never shared: `DIR/local`, or a folder of the user's state
    /// when the data directory is on a network file system (see `LocalFolder`).
    public let local: String

    public init(directory: String, replica: String) {
        var dir = directory
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        self.directory = dir
        self.replica = replica
        local = LocalFolder.path(for: dir)
    }

    /// The folder of the shared journals.
    public var journals: String { directory + "/journal" }
    /// This replica's journal.
    public var journal: String { journalFile(of: replica) }
    /// A full journal of this replica, renamed to stop changing: records up to `lastSeq`.
    public func frozenSegment(lastSeq: Int) -> String {
        let text = String(lastSeq)
        return journals + "/\(replica)." + String(repeating: "0", count: max(0, 9 - text.count)) + text + ".log"
    }

    /// The last record number of the frozen segment `name` (in `journal/`) of this replica;
    /// nil when `name` is not one.
    public func frozenSegmentLastSeq(_ name: String) -> Int? {
        guard name.hasPrefix(replica + "."), name.hasSuffix(".log") else { return nil }
        let middle = name.dropFirst(replica.count + 1).dropLast(4)
        guard middle.count == 9, middle.allSatisfy(\.isNumber) else { return nil }
        return Int(middle)
    }

    /// True when `name` (in `journal/`) is one of this replica's frozen segments.
    public func isFrozenSegment(_ name: String) -> Bool { frozenSegmentLastSeq(name) != nil }

    /// The journal of `replica`.
    public func journalFile(of replica: String) -> String { journals + "/\(replica).log" }
    /// The file `name` of `journal/`.
    public func inJournals(_ name: String) -> String { journals + "/" + name }
    /// The second name of this replica's journal file `name` (see `ownCopies`).
    func ownCopy(_ name: String) -> String { ownCopies + "/" + name }
    /// The file or folder at `path`, relative to the data directory.
    public func shared(_ path: String) -> String { directory + "/" + path }
    /// The folder git keeps its repository in, when the data directory is one.
    public var gitFolder: String { directory + "/.git" }
    /// The name file of `replica`.
    public func nameFile(of replica: String) -> String { journals + "/\(replica).name" }
    public var replicaFile: String { local + "/replica" }
    /// Where `local/` was made (machine, folder): a copy made elsewhere is told apart.
    public var originFile: String { local + "/origin" }
    /// This replica's signing key pair (`ReplicaKeyPair`), secret: it never travels.
    public var signingKeyFile: String { local + "/signing-key" }
    /// The cache: the merged ledger one row per item, kept by each replica for itself (SQLite).
    public var cache: String { local + "/snapshot.sqlite" }
    /// The files SQLite keeps beside the cache while it is open to write.
    public var cacheSideFiles: [String] { ["-wal", "-shm", "-journal"].map { cache + $0 } }
    /// The second cache earlier versions kept (one JSON line), removed when found.
    var formerSnapshots: [String] { [local + "/snapshot.json", local + "/snapshot.json.tmp"] }
    public var quarantine: String { local + "/quarantine" }
    /// When the last sync ran and what it did, one line.
    public var lastSync: String { local + "/last-sync" }
    /// What syncs refused, one line each.
    public var syncRefusals: String { local + "/sync-refusals.log" }
    /// The ignore files of Syncthing and of Nextcloud's desktop client, beside `.gitignore`.
    public var syncthingIgnore: String { directory + "/.stignore" }
    public var nextcloudIgnore: String { directory + "/.sync-exclude.lst" }
    /// Where this replica's journal files keep a second name that no teammate can reach.
    public var ownCopies: String { local + "/own" }
    public var gitignore: String { directory + "/.gitignore" }

    public func backup(stamp: String) -> String { local + "/\(replica).log.bak-\(stamp)" }

    /// A path in `local/quarantine/` (made when missing) that names nothing yet, not even a link:
    /// `LABEL-STAMP` then `LABEL-STAMP-2` … each followed by `suffix`.
    func unusedQuarantinePath(_ label: String, stamp: String, suffix: String = "",
                              fileSystem: FileSystem) throws(FileSystemError) -> String {
        try fileSystem.createDirectory(quarantine, mode: 0o700)
        var path = quarantine + "/\(label)-\(stamp)\(suffix)"
        var n = 1
        while fileSystem.identityNotFollowing(path) != nil {
            n += 1
            path = quarantine + "/\(label)-\(stamp)-\(n)\(suffix)"
        }
        return path
    }

    /// The files of a data directory written before replicas (one `journal.log` for everyone).
    public var legacyJournal: String { directory + "/journal.log" }
    public var legacySnapshot: String { directory + "/snapshot.json" }
    public var legacyArchive: String { directory + "/archive" }
    /// Where a migrated directory's old files are kept, as they were.
    public var beforeTeam: String { local + "/before-team" }
}
