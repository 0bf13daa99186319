/// What a teammate's tree may change in this replica's, decided file by file before anything
/// touches the working tree: the boundary between what the team sends and this replica's data.
///
/// Taken: another replica's new journal files, bytes appended to them, its rotation (a journal
/// frozen, a new one started), its name, and versions held aside. Refused and named: anything
/// outside `journal/` (but the ignore files, kept as this replica has them), a name
/// Accord does not write, a link or a submodule, a file past the bound, any change to this
/// replica's own files, and a journal rewritten or shortened — whose other version is then held
/// under `<replica>.held-<hash>.log`, so that every replica sees both.
struct IncomingChanges {
    /// Files to write as the remote has them (path → blob).
    var take: [String: GitTreeEntry] = [:]
    /// Another version of a replica's records, to publish under a held name (path → blob).
    var hold: [String: GitTreeEntry] = [:]
    /// What was refused or kept, one sentence each (paths quoted as they came: escape to show).
    var refusals: [String] = []

    /// Bytes of a `.name` file taken.
    static let nameBytes = 4 << 10

    /// Decides, comparing this replica's tree `ours` with the remote's `theirs` (and `base`, their
    /// last common commit's, to tell a file removed there from one not sent yet); `blob` reads a
    /// blob's bytes (asked only to tell an append from a rewrite).
    init(ours: [String: GitTreeEntry], theirs: [String: GitTreeEntry], base: [String: GitTreeEntry], replica: String,
         blob: (String) throws -> [UInt8]) rethrows {
        let words = Phrases.core
        for path in theirs.keys.sorted() {
            let entry = theirs[path]!
            let mine = ours[path]
            if mine == entry { continue }
            // The other folder-sharing tools' ignore files: each replica writes its own, none is taken.
            if path == ".stignore" || path == ".sync-exclude.lst" { continue }
            if path == ".gitignore" {
                refusals.append(words.incomingKeptOurs(["path": path]))
                continue
            }
            guard path.hasPrefix("journal/"), !path.dropFirst(8).contains("/") else {
                refusals.append(path.hasPrefix("local/") || path == "local" ? words.incomingLocal(["path": path])
                                                                            : words.incomingOutside(["path": path]))
                continue
            }
            let name = String(path.dropFirst(8))
            guard let kind = SharedFileName(name) else {
                refusals.append(words.incomingUnknownName(["path": path]))
                continue
            }
            guard entry.isPlainFile else {
                refusals.append(words.incomingNotAFile(["path": path, "what": entry.mode == "120000" ? words.aLink.text : words.aSubmodule.text]))
                continue
            }
            if kind.replica == replica {
                // The remote behind this replica (what it has not pushed yet) is no news; anything else is.
                if let mine, entry.isPlainFile, entry.size <= mine.size, try blob(mine.object).starts(with: try blob(entry.object)) { continue }
                refusals.append(words.incomingOwn(["path": path]))
                continue
            }
            let bound = if case .name = kind { Self.nameBytes } else { RecordBounds.peerFileBytes }
            guard entry.size <= bound else {
                refusals.append(words.incomingTooLarge(["path": path, "size": String(entry.size), "bound": String(bound)]))
                continue
            }
            switch kind {
            case .name:
                take[path] = entry
            case .held(_, let hash):
                if mine == nil && entry.object.hasPrefix(hash) {
                    take[path] = entry
                } else {
                    refusals.append(words.incomingHeldChanged(["path": path]))
                }
            case .journal, .frozen:
                guard let mine else {
                    take[path] = entry
                    continue
                }
                let kept = try blob(mine.object)
                if entry.size >= mine.size, try blob(entry.object).starts(with: kept) {
                    take[path] = entry
                } else if case .journal(let peer) = kind, try Self.frozeSince(peer, kept, ours: ours, theirs: theirs, blob: blob) {
                    take[path] = entry
                } else {
                    let held = "journal/" + SharedFileName.held(replica: kind.replica, object: entry.object)
                    if ours[held] == nil { hold[held] = GitTreeEntry(mode: "100644", object: entry.object, size: entry.size) }
                    refusals.append(words.incomingRewritten(["path": path, "held": held]))
                }
            }
        }
        // A file the remote had and no longer has (one of this replica's not sent yet is no news).
        for path in base.keys.sorted() where theirs[path] == nil && ours[path] != nil && path.hasPrefix("journal/") {
            refusals.append(words.incomingGone(["path": path]))
        }
    }

    /// True when `peer` froze its journal since: a frozen segment this replica lacks begins with
    /// what this replica holds of its journal.
    private static func frozeSince(_ peer: String, _ kept: [UInt8], ours: [String: GitTreeEntry], theirs: [String: GitTreeEntry],
                                   blob: (String) throws -> [UInt8]) rethrows -> Bool {
        for (path, entry) in theirs where ours[path] == nil && entry.isPlainFile && entry.size >= kept.count {
            guard case .frozen(peer, _)? = SharedFileName(String(path.dropFirst(8))), path.hasPrefix("journal/") else { continue }
            if try blob(entry.object).starts(with: kept) { return true }
        }
        return false
    }
}
