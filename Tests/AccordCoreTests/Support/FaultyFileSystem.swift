import Foundation
@testable import AccordCore

/// The real file system with faults injected: a failing write or fsync, a
/// full disk that takes part of a write, or a crash after which nothing
/// else reaches the disk (as if the process had died).
final class FaultyFileSystem: FileSystem {
    enum Fault {
        /// The call fails with this errno and does nothing.
        case fail(Int32)
        /// A write stores only the first `count` bytes, then fails with ENOSPC.
        case partialWrite(Int)
        /// The process "dies" just before this call: it and every later call do nothing.
        case crash
    }

    let real = PosixFileSystem()
    /// Decides, for each call (operation name, path, how many calls so far), whether it faults.
    var rule: (String, String, Int) -> Fault? = { _, _, _ in nil }
    private(set) var calls = 0
    private(set) var crashed = false
    private(set) var log: [String] = []

    struct Crashed: Error {}

    private func check(_ op: String, _ path: String) throws(FileSystemError) -> Fault? {
        if crashed { throw FileSystemError(operation: op, path: path, code: EIO, reason: "crashed") }
        calls += 1
        log.append("\(op) \(path)")
        let fault = rule(op, path, calls)
        switch fault {
        case .crash?:
            crashed = true
            throw FileSystemError(operation: op, path: path, code: EIO, reason: "crashed")
        case .fail(let code)?:
            throw FileSystemError(operation: op, path: path, code: code, reason: String(cString: strerror(code)))
        default:
            return fault
        }
    }

    func readFile(_ path: String) throws(FileSystemError) -> [UInt8]? {
        _ = try check("read", path)
        return try real.readFile(path)
    }
    func fileExists(_ path: String) -> Bool { real.fileExists(path) }
    func listDirectory(_ path: String) -> [String] { real.listDirectory(path) }
    func createDirectory(_ path: String, mode: UInt32) throws(FileSystemError) {
        _ = try check("mkdir", path)
        try real.createDirectory(path, mode: mode)
    }
    func openForAppend(_ path: String) throws(FileSystemError) -> Int32 {
        _ = try check("open", path)
        return try real.openForAppend(path)
    }
    func openForReading(_ path: String) throws(FileSystemError) -> Int32? {
        _ = try check("open", path)
        return try real.openForReading(path)
    }
    func read(_ fd: Int32, from offset: Int, upTo limit: Int) throws(FileSystemError) -> [UInt8] {
        _ = try check("pread", "fd")
        return try real.read(fd, from: offset, upTo: limit)
    }
    func identity(of path: String) -> FileIdentity? { real.identity(of: path) }
    func identity(of fd: Int32) throws(FileSystemError) -> FileIdentity { try real.identity(of: fd) }
    /// Runs just before each append write (after the fault check), e.g. to send a signal.
    var beforeWrite: (() -> Void)?

    func write(_ fd: Int32, _ bytes: [UInt8]) throws(FileSystemError) {
        beforeWrite?()
        if case .partialWrite(let count)? = try check("write", "fd") {
            try real.write(fd, Array(bytes.prefix(count)))
            throw FileSystemError(operation: "write", path: "fd", code: ENOSPC, reason: "No space left on device")
        }
        try real.write(fd, bytes)
    }
    func sync(_ fd: Int32) throws(FileSystemError) {
        _ = try check("fsync", "fd")
        try real.sync(fd)
    }
    func size(_ fd: Int32) throws(FileSystemError) -> Int { try real.size(fd) }
    func truncate(_ fd: Int32, to size: Int) throws(FileSystemError) {
        _ = try check("truncate", "fd")
        try real.truncate(fd, to: size)
    }
    func close(_ fd: Int32) { real.close(fd) }
    func writeFile(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        if case .partialWrite(let count)? = try check("writeFile", path) {
            try real.writeFile(path, Array(bytes.prefix(count)))
            throw FileSystemError(operation: "write", path: path, code: ENOSPC, reason: "No space left on device")
        }
        try real.writeFile(path, bytes)
    }
    func rename(_ from: String, to: String) throws(FileSystemError) {
        _ = try check("rename", from)
        try real.rename(from, to: to)
    }
    func remove(_ path: String) throws(FileSystemError) {
        _ = try check("remove", path)
        try real.remove(path)
    }
    func syncDirectory(_ path: String) throws(FileSystemError) {
        _ = try check("fsyncdir", path)
        try real.syncDirectory(path)
    }
}
