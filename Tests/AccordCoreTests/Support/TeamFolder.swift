import Foundation
@testable import AccordCore

/// A clock a test moves by hand (each replica may run early or late).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Double

    init(_ seconds: Double = 1_700_000_000) { self.seconds = seconds }

    func advance(_ by: Double) { lock.withLock { seconds += by } }

    var now: @Sendable () -> Date {
        { [self] in lock.withLock { Date(timeIntervalSince1970: seconds) } }
    }
}

/// Several replicas, each with its own data directory (its own `local/replica`), shared by
/// copying journal files between them as a file-syncing tool or git would.
final class TeamFolder {
    let root: String
    let ids: [String]
    let clocks: [TestClock]

    /// `count` replicas named r1, r2 …; replica i's clock is `skews[i]` seconds off.
    init(replicas count: Int, skews: [Double] = []) {
        root = NSTemporaryDirectory() + "accord-team-" + UUID().uuidString
        ids = (1...count).map { "r\($0)" }
        clocks = (0..<count).map { TestClock(1_700_000_000 + (skews.indices.contains($0) ? skews[$0] : 0)) }
        for id in ids {
            try? FileManager.default.createDirectory(atPath: directory(id) + "/local", withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: directory(id) + "/local/replica", contents: Data("\(id)\n".utf8))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func directory(_ id: String) -> String { root + "/" + id }

    /// The first two replicas holding `Fixtures.small`: made by the first, copied to the second.
    func seededPair() throws -> (Store, Store) {
        let first = try open(0)
        let small = Fixtures.small
        var events: [Event] = small.sortedPartners.map { .partnerCreated($0) }
        events += small.sortedAgreements().map { .agreementCreated($0) }
        events += small.commitments.values.sorted { $0.rank < $1.rank }.map { .commitmentCreated($0) }
        events += small.actions.values.sorted { $0.rank < $1.rank }.map { .actionCreated($0) }
        try first.perform(Change(label: "seed", events: events))
        copy(from: 0, to: 1)
        return (first, try open(1))
    }

    /// Opens replica `index`'s store.
    func open(_ index: Int, rotationAbove: Int = 8 << 20) throws -> Store {
        try Store.open(directory: directory(ids[index]), JournalOptions(rotationAbove: rotationAbove, now: clocks[index].now))
    }

    /// Copies every journal file `from` has that `to` lacks or holds otherwise (a journal grows,
    /// or is frozen under a new name and started anew), as a file-syncing tool would — but never
    /// over `to`'s own files: their newest version is the one `to` wrote.
    func copy(from: Int, to: Int) {
        let source = directory(ids[from]) + "/journal", target = directory(ids[to]) + "/journal"
        try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []
        where (name.hasSuffix(".log") || name.hasSuffix(".name")) && !name.hasPrefix(ids[to] + ".") {
            let bytes = FileManager.default.contents(atPath: source + "/" + name) ?? Data()
            let existing = FileManager.default.contents(atPath: target + "/" + name)
            if existing != bytes {
                _ = FileManager.default.createFile(atPath: target + "/" + name, contents: bytes)
            }
        }
    }

    /// Puts each of `from`'s journals in `to` as a Syncthing conflict copy (`X.sync-conflict-….log`),
    /// leaving `to`'s own copy of that file as it was.
    func copyAsConflictCopies(from: Int, to: Int, stamp: String) {
        let source = directory(ids[from]) + "/journal", target = directory(ids[to]) + "/journal"
        try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []
        where name.hasSuffix(".log") && !name.contains("sync-conflict") && name != "\(ids[to]).log" {
            let base = String(name.dropLast(4))
            _ = FileManager.default.createFile(atPath: target + "/\(base).sync-conflict-20261130-\(stamp)-ABCDEFG.log",
                                               contents: FileManager.default.contents(atPath: source + "/" + name))
        }
    }

    /// The state and conflicts as bytes: equal on replicas that converged.
    static func canonical(_ store: Store) -> [UInt8] {
        var ledger = Ledger(state: store.state)
        ledger.conflicts = store.conflicts
        return LineCodec.encode(Snapshot(replica: "", lastSeq: 0, files: [], takenAt: "", ledger: ledger))
    }
}
