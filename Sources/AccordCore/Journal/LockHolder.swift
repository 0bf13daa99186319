import Glibc

/// The process that holds a lock file, as the kernel says (`/proc/locks`): its pid and its
/// command's name. Named in "kept the data locked" messages — an Accord only when it is one.
public struct LockHolder: Hashable, Sendable {
    public var pid: Int32
    /// Its command's name (`/proc/PID/comm`), "" when it cannot be read.
    public var command: String

    public init(pid: Int32, command: String) {
        self.pid = pid
        self.command = command
    }

    /// True when the holder is an Accord (its command is `accord`, or a test build of it).
    public var isAccord: Bool { command == "accord" }

    /// "process 4242 (another Accord)", "process 4242 (flock, not an Accord)".
    public var description: String {
        let words = Phrases.journal
        if isAccord { return words.accordProcess(["pid": String(pid)]) }
        return words.otherProcess(["pid": String(pid), "command": command.isEmpty ? "?" : SafeText.escaped(command)])
    }

    /// The process holding the lock on the file `fd` is open on, or nil when none does or the
    /// system does not say (no `/proc`).
    static func of(descriptor fd: Int32) -> LockHolder? {
        var info = stat()
        guard fstat(fd, &info) == 0, let table = readText("/proc/locks") else { return nil }
        let device = "\(String(major(info.st_dev), radix: 16, uppercase: false).leftPadded(2)):"
            + "\(String(minor(info.st_dev), radix: 16, uppercase: false).leftPadded(2)):\(info.st_ino)"
        for line in table.split(separator: "\n") {
            // "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF" (a waiter's line has "->" after the number).
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK", fields[2] != "->" else { continue }
            guard fields[5] == device, let pid = Int32(fields[4]) else { continue }
            let command = readText("/proc/\(pid)/comm").map { String($0.prefix { $0 != "\n" }) } ?? ""
            return LockHolder(pid: pid, command: command)
        }
        return nil
    }

    private static func readText(_ path: String) -> String? {
        guard let bytes = try? PosixFileSystem().readFile(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The string with zeros before it up to `width` characters (hex bytes, device numbers).
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// glibc's `major` and `minor` (macros Swift does not import).
private func major(_ device: dev_t) -> UInt64 { ((UInt64(device) >> 8) & 0xfff) | ((UInt64(device) >> 32) & ~0xfff) }
private func minor(_ device: dev_t) -> UInt64 { (UInt64(device) & 0xff) | ((UInt64(device) >> 12) & ~0xff) }
