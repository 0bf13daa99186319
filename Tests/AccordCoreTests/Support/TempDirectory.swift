import Foundation
@testable import AccordCore

/// A fresh directory under /tmp, removed when the test ends.
final class TempDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "accord-test-" + UUID().uuidString
    }

    /// The data directory inside it (created by the journal itself).
    var data: String { path + "/data" }
    var layout: DataLayout { DataLayout(directory: data) }

    func bytes(_ name: String) -> [UInt8] {
        (try? PosixFileSystem().readFile(data + "/" + name)) .flatMap { $0 } ?? []
    }

    func write(_ name: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: data + "/" + name, contents: Data(bytes))
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
        let store = try Store.open(directory: dir.data, fileSystem: fileSystem, now: fixedNow)
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
