import Glibc

/// Writes a file a sync took into the shared folder: a new file beside it, created exclusively
/// and without following a link, fsynced, then renamed over the old one — never through a link
/// planted in `journal/`, and never half written.
enum SharedFileWriter {
    /// What temporary files are named (`.` first: no reader takes them for a journal).
    private static let marker = ".accord-sync-"

    /// Writes `bytes` to `path` (relative: `journal/<name>`) in the data directory.
    static func write(_ bytes: [UInt8], to path: String, in layout: DataLayout) throws(SyncError) {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 2, parts[0] == "journal", !parts[1].hasPrefix(".") else {
            throw .gitFailed(command: "write", reason: "\(path): not a file of journal/")
        }
        var folder = stat()
        let journals = layout.journals
        if lstat(journals, &folder) != 0 { _ = mkdir(journals, 0o700) }
        guard lstat(journals, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR else {
            throw .gitFailed(command: "write", reason: "\(journals) is not a folder (a link is not followed)")
        }
        let temporary = layout.inJournals(marker + "\(getpid())-" + parts[1])
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(temporary) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let error = failure(temporary)
                close(fd)
                unlink(temporary)
                throw error
            }
            offset += n
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temporary, layout.shared(path)) == 0 else {
            let error = failure(temporary)
            unlink(temporary)
            throw error
        }
        let dir = open(journals, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }

    /// Removes what a killed sync left half written in `journal/`.
    static func removeLeftovers(in layout: DataLayout) {
        guard let folder = opendir(layout.journals) else { return }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasPrefix(marker) { names.append(name) }
        }
        for name in names { unlink(layout.inJournals(name)) }
    }

    private static func failure(_ path: String) -> SyncError {
        .gitFailed(command: "write", reason: "\(path): \(SystemErrorText.reason(errno))")
    }
}
