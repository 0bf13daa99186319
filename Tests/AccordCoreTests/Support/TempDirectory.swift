import Glibc
import Foundation
import Testing
@testable import AccordCore

/// A fresh directory under /tmp, removed when the test ends.
final class TempDirectory {
    let path: String

    /// The replica id the data directory's `local/replica` names: fixed, so that tests name its journal.
    static let replica = "t1"

    init() {
        path = NSTemporaryDirectory() + "accord-test-" + UUID().uuidString
        for folder in [path, path + "/data", path + "/data/local"] {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
        }
        _ = FileManager.default.createFile(atPath: path + "/data/local/replica", contents: Data("\(Self.replica)\n".utf8))
    }

    /// The data directory inside it (its `local/replica` made above, the rest by the journal itself).
    var data: String { path + "/data" }
    var layout: DataLayout { DataLayout(directory: data, replica: Self.replica) }
    /// This replica's journal and the snapshot, relative to `data`.
    static let journal = "journal/\(replica).log"
    static let snapshot = "local/snapshot.sqlite"
    static let quarantine = "local/quarantine"

    func bytes(_ name: String) -> [UInt8] {
        (try? PosixFileSystem().readFile(data + "/" + name)) .flatMap { $0 } ?? []
    }

    /// Writes `bytes` over the file `name` in place (the same file, as damage on a disk would),
    /// or creates it.
    func write(_ name: String, _ bytes: [UInt8]) {
        let fd = open(data + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(name)")
        defer { close(fd) }
        bytes.withUnsafeBytes { _ = Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    func files(in sub: String) -> [String] {
        PosixFileSystem().listDirectory(data + "/" + sub)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A fixed clock for deterministic records.
let fixedNow: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_700_000_000) }

extension Store {
    /// A store on `dir` holding `Fixtures.small`'s items, journaled as one change.
    static func seeded(_ dir: TempDirectory, fileSystem: FileSystem = PosixFileSystem()) throws -> Store {
        let store = try Store.open(directory: dir.data, JournalOptions(fileSystem: fileSystem, now: fixedNow))
        let small = Fixtures.small
        var events: [Event] = []
        events += small.sortedPartners.map { .partnerCreated($0) }
        events += small.sortedAgreements().map { .agreementCreated($0) }
        events += small.commitments.values.sorted { $0.rank < $1.rank }.map { .commitmentCreated($0) }
        events += small.actions.values.sorted { $0.rank < $1.rank }.map { .actionCreated($0) }
        try store.perform(Change(label: "seed", events: events))
        return store
    }
}

extension TempDirectory {
    /// Rewrites the cache's row of the item `id`: `edit` takes its JSON and returns the new
    /// JSON, framed again with its checksum unless `keepChecksum` (a flipped bit).
    func editCacheRow(_ id: String, keepChecksum: Bool = false, _ edit: (String) -> String) throws {
        let file = try #require(try SnapshotDatabase.open(layout, write: true), "the cache exists")
        let row = try file.sql("SELECT body FROM items WHERE id = ?", .text(id))
        #expect(try file.step(row), "the cache holds \(id)")
        let line = row.withBytes(0) { String(decoding: $0, as: UTF8.self) }
        let json = edit(String(line.dropFirst(9).dropLast()))
        let crc = keepChecksum ? String(line.prefix(8)) : CRC32C.hex(Array(json.utf8))
        try file.sql("UPDATE items SET body = ? WHERE id = ?", .bytes(Array((crc + " " + json + "\n").utf8)), .text(id)).run()
    }
}
