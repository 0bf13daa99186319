import AccordCore
import Glibc

/// Writing a file the user named (`--output FILE`): through a symbolic link to its target,
/// into a FIFO or a device as they are, and a regular file replaced whole or not at all. A link
/// that points nowhere is refused with a sentence (never silently replaced by a file), and the
/// copy written beside the target is created anew, exclusively, without following a link.
enum OutputFile {
    /// Writes `text` to `path`; throws a one-sentence error naming the file and the reason.
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { append in try append(text) }
    }

    /// Writes what `produce` hands to its `append`, piece by piece, to `path` (a regular file
    /// only replaces the old one once everything was written); a failed write throws a
    /// one-sentence error naming the file, an error of `produce` is rethrown as it is.
    static func write(to path: String, _ produce: ((String) throws -> Void) throws -> Void) throws {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 {
            throw CLIError(Phrases.command.danglingLink(["path": SafeText.escaped(path)]))
        }
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            // A FIFO, a terminal, a device: written in place (a rename would replace it with a file).
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw failure(path, errno) }
            defer { close(fd) }
            let output = ChunkedOutput { try writeAll($0, fd: fd, path: path) }
            try produce(output.append)
            try output.flush()
            return
        }
        // A regular file (through any link) or a new one: a copy beside it, then renamed over it.
        var target = path
        if let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        let exists = stat(target, &info) == 0
        let mode = exists ? info.st_mode & 0o7777 : 0o644
        var temporary = ""
        var fd: Int32 = -1
        // A name nobody holds: created here, never a file or a link someone planted there.
        for _ in 0..<8 where fd < 0 {
            temporary = target + ".accord-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd < 0 && errno != EEXIST { break }
        }
        guard fd >= 0 else { throw failure(path, errno) }
        fchmod(fd, mode)
        do {
            let output = ChunkedOutput { try writeAll($0, fd: fd, path: path) }
            try produce(output.append)
            try output.flush()
            if fsync(fd) != 0 { throw failure(path, errno) }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        if rename(temporary, target) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
    }

    private static func writeAll(_ bytes: [UInt8], fd: Int32, path: String) throws(CLIError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            offset += written
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> CLIError {
        CLIError(Phrases.command.cannotWrite(["path": SafeText.escaped(path), "reason": SystemErrorText.reason(code)]))
    }
}
