import Foundation

/// This replica's journal files, guarded against what others do to the shared folder.
///
/// Each of them (`journal/<replica>.log` and its frozen segments) keeps a second name in
/// `local/own/` — a hard link to the same file, which nothing shared ever reaches. A teammate's
/// commit, a git checkout or a syncing tool that deletes such a file, or puts another file under
/// its name, takes only the shared name: `restore` puts this replica's file back (the other one
/// goes to `local/quarantine/`), and the next sync sends it again. Called under the write lock.
struct OwnFiles {
    let layout: DataLayout
    let fileSystem: FileSystem

    /// True when `name` (in `journal/`) is one of this replica's files.
    func isOwn(_ name: String) -> Bool { name == layout.replica + ".log" || layout.isFrozenSegment(name) }

    /// Makes `journal/` hold this replica's files as `local/own/` keeps them, and keeps a second
    /// name for any of them that has none yet; returns a sentence for each file put back.
    func restore(now: Date) throws(FileSystemError) -> [String] {
        try fileSystem.createDirectory(layout.ownCopies, mode: 0o700)
        // A second name needs one file system: `local/` kept elsewhere (see `LocalFolder`) has none.
        guard let ownFolder = fileSystem.identity(of: layout.ownCopies), let sharedFolder = fileSystem.identity(of: layout.journals),
              ownFolder.device == sharedFolder.device else { return [] }
        var notices: [String] = []
        var changed = false
        var published: [String: FileIdentity] = [:]
        for name in fileSystem.listDirectory(layout.journals) where isOwn(name) {
            published[name] = fileSystem.identityNotFollowing(layout.inJournals(name))
        }
        var kept = Set(fileSystem.listDirectory(layout.ownCopies).filter(isOwn))
        for name in kept.sorted() {
            guard let mine = fileSystem.identityNotFollowing(layout.ownCopy(name)) else { continue }
            // A rotation interrupted between its two renames: the file is published under its frozen name.
            if let (frozen, _) = published.first(where: { $0.key != name && $0.value.isSameFile(as: mine) }), !kept.contains(frozen) {
                try fileSystem.rename(layout.ownCopy(name), to: layout.ownCopy(frozen))
                kept.remove(name)
                kept.insert(frozen)
                changed = true
                continue
            }
            let shared = layout.inJournals(name)
            guard let there = published[name] else {
                try fileSystem.link(layout.ownCopy(name), as: shared)
                notices.append(Phrases.journal.ownRestored(["name": name]))
                continue
            }
            if there.isSameFile(as: mine) { continue }
            if try holdsAll(of: layout.ownCopy(name), shared) {
                // Another file that holds all of this replica's (a copy put back, a torn tail after
                // them): it is taken as this replica's from now on; what it adds is read as usual.
                try adopt(name)
                continue
            }
            let aside = try layout.unusedQuarantinePath("replaced-\(name)", stamp: Timestamp.compact(now), fileSystem: fileSystem)
            try fileSystem.rename(shared, to: aside)
            try fileSystem.link(layout.ownCopy(name), as: shared)
            notices.append(Phrases.journal.ownReplaced(["name": name, "target": aside]))
        }
        for (name, identity) in published where !kept.contains(name) && identity.isRegularFile {
            try fileSystem.link(layout.inJournals(name), as: layout.ownCopy(name))
            changed = true
        }
        if changed || !notices.isEmpty { try fileSystem.syncDirectory(layout.ownCopies) }
        if !notices.isEmpty { try fileSystem.syncDirectory(layout.journals) }
        return notices
    }

    /// Gives `journal/<name>` its second name when it has none yet (a journal just created).
    func keepSecondName(of name: String) throws(FileSystemError) {
        guard fileSystem.identityNotFollowing(layout.ownCopy(name)) == nil,
              fileSystem.identityNotFollowing(layout.inJournals(name))?.isRegularFile == true else { return }
        try fileSystem.createDirectory(layout.ownCopies, mode: 0o700)
        try fileSystem.link(layout.inJournals(name), as: layout.ownCopy(name))
        try fileSystem.syncDirectory(layout.ownCopies)
    }

    /// Makes `local/own/<name>` name the file now at `journal/<name>` (after a repair wrote it anew).
    func adopt(_ name: String) throws(FileSystemError) {
        try fileSystem.createDirectory(layout.ownCopies, mode: 0o700)
        try fileSystem.remove(layout.ownCopy(name))
        try fileSystem.link(layout.inJournals(name), as: layout.ownCopy(name))
        try fileSystem.syncDirectory(layout.ownCopies)
    }

    /// Follows a rotation: the kept name moves with the frozen file, and the new journal gets one.
    func rotated(to frozen: String) throws(FileSystemError) {
        let active = layout.replica + ".log"
        if fileSystem.identityNotFollowing(layout.ownCopy(active)) != nil {
            try fileSystem.rename(layout.ownCopy(active), to: layout.ownCopy(frozen))
        }
        if fileSystem.fileExists(layout.inJournals(active)) { try adopt(active) }
    }

    /// True when the file at `path` begins with every byte of the file at `kept`.
    private func holdsAll(of kept: String, _ path: String) throws(FileSystemError) -> Bool {
        guard let mine = try fileSystem.readFile(kept), let theirs = try fileSystem.readFile(path) else { return false }
        return theirs.count >= mine.count && theirs[..<mine.count].elementsEqual(mine)
    }
}
