import Foundation
import Glibc
import Testing
@testable import AccordCore

/// The trust boundary in the core: bounds on every record, names Accord writes, this replica's
/// files kept under a running store, arithmetic that cannot trap.
@Suite struct BoundaryTests {
    private func record(clock: Int = 1_800_000_000_000_000, seq: Int = 1, replica: String = "b1", events: [Event] = []) -> JournalRecord {
        JournalRecord(replica: replica, seq: seq, clock: clock, at: "2027-01-01T00:00:00Z", kind: .change,
                      change: Change(label: "x", events: events))
    }

    @Test(arguments: [
        (Int.max, "clock"), (Int.max - 1, "clock"), (1_000, "clock"), (-5, "clock"),
    ])
    func clocksOutsideTheYears2000To9999AreOutOfBounds(clock: Int, word: String) {
        #expect(RecordBounds.problem(in: record(clock: clock))?.contains(word) == true)
    }

    @Test func numbersRanksAndTermsOutOfBoundsAreNamedAndSaneOnesPass() {
        #expect(RecordBounds.problem(in: record()) == nil)
        #expect(RecordBounds.problem(in: record(seq: 0)) != nil)
        #expect(RecordBounds.problem(in: record(seq: -3)) != nil)
        #expect(RecordBounds.problem(in: record(replica: "Évil\u{1b}")) != nil)
        var agreement = Agreement(id: "a", title: "t", signatories: ["p", "q"], rank: 0)
        agreement.termYears = Int.max
        #expect(RecordBounds.problem(in: record(events: [.agreementCreated(agreement)]))?.contains("term") == true)
        agreement.termYears = 3
        agreement.noticeMonths = -1
        #expect(RecordBounds.problem(in: record(events: [.agreementCreated(agreement)]))?.contains("notice") == true)
        let action = Action(id: "x", commitmentID: "c", title: "t", rank: Int.max)
        #expect(RecordBounds.problem(in: record(events: [.actionCreated(action)]))?.contains("rank") == true)
    }

    @Test func aLineOutOfBoundsIsDamageWhereverItIsRead() {
        let bad = LineCodec.encode(record(clock: Int.max))
        let good = LineCodec.encode(record(seq: 2))
        let scan = JournalScan(bad + good)
        #expect(scan.entries.map(\.record.seq) == [2])
        #expect(scan.damage.first?.problem.contains("outside the years 2000 to 9999") == true)
    }

    @Test func dayArithmeticOnAnyValueStaysWithinTheCalendar() {
        let day = Day(year: 2026, month: 12, day: 7)!
        #expect(day.adding(years: Int.max).year == 9999)
        #expect(day.adding(years: Int.min).year == 1)
        #expect(day.adding(months: Int.max) == Day(year: 9999, month: 12, day: 7))
        #expect(day.adding(months: Int.min).year == 1)
        #expect(day.adding(days: Int.max) == Day(year: 9999, month: 12, day: 31))
        #expect(day.adding(days: Int.min) == Day(year: 1, month: 1, day: 1))
        #expect(HybridClock.next(after: Int.max, now: Date()) == Int.max)
    }

    @Test(arguments: [
        ("b1.log", true), ("b1.000000042.log", true), ("b1.name", true), ("b1.held-0123456789ab.log", true),
        (".gitattributes", false), ("B1.log", false), ("b1.held-xyz.log", false), ("b1.log.bak", false), ("../x.log", false),
        ("b1.00042.log", false), ("notes.txt", false), ("b1 (conflicted copy).log", false),
    ])
    func onlyTheNamesAccordWritesAreSharedNames(name: String, shared: Bool) {
        #expect((SharedFileName(name) != nil) == shared, "\(name)")
    }

    @Test func calendarTimeParsesDatesAndDateTimes() {
        #expect(Timestamp.iso(CalendarClock.parse("2027-03-01")!) == "2027-03-01T00:00:00Z")
        #expect(Timestamp.iso(CalendarClock.parse("2027-03-01T09:30:15Z")!) == "2027-03-01T09:30:15Z")
        #expect(Timestamp.iso(CalendarClock.parse("2027-03-01T09:30")!) == "2027-03-01T09:30:00Z")
        #expect(CalendarClock.parse("tomorrow") == nil)
        #expect(CalendarClock.parse("2027-02-30") == nil)
        #expect(CalendarClock.parse("2027-03-01T25:00") == nil)
    }

    @Test func aRunningStoreWhoseJournalWasRemovedPutsItBackBeforeItsNextAppendAndLosesNothing() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        let path = dir.data + "/" + TempDirectory.journal
        let before = dir.bytes(TempDirectory.journal)
        #expect(unlink(path) == 0)
        try store.untick("a2")
        let after = dir.bytes(TempDirectory.journal)
        #expect(after.starts(with: before) && after.count > before.count)
        #expect(store.journal?.notices.contains { $0.contains("put back from local/own/") } == true)
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.ledger.state == store.ledger.state)
    }

    @Test func aRunningStoreWhoseJournalWasCutShortStopsWritingAndSaysSo() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        let path = dir.data + "/" + TempDirectory.journal
        #expect(truncate(path, 10) == 0)
        #expect(throws: JournalError.self) { try store.untick("a2") }
        #expect(store.readOnlyReason != nil)
        #expect(store.journal?.notices.contains { $0.contains("was cut short by another program") } == true)
    }
}

/// Where `local/` lives.
@Suite struct LocalFolderTests {
    private let mounts = """
        /dev/sda1 / ext4 rw,relatime 0 0
        server:/export /mnt/share nfs4 rw,relatime 0 0
        //nas/team /mnt/team\\040drive cifs rw 0 0
        /dev/sdb1 /mnt/share/local-disk ext4 rw 0 0
        """

    @Test func theMountTableSaysWhichFileSystemAPathIsOn() {
        #expect(LocalFolder.fileSystemType(of: "/home/a/accord", mounts: mounts) == "ext4")
        #expect(LocalFolder.fileSystemType(of: "/mnt/share/Accord", mounts: mounts) == "nfs4")
        #expect(LocalFolder.fileSystemType(of: "/mnt/share/local-disk/a", mounts: mounts) == "ext4")
        #expect(LocalFolder.fileSystemType(of: "/mnt/shared", mounts: mounts) == "ext4")
        #expect(LocalFolder.fileSystemType(of: "/mnt/team drive/x", mounts: mounts) == "cifs")
    }

    @Test func onALocalDiskLocalIsInsideTheDataDirectory() {
        #expect(LocalFolder.path(for: "/home/a/accord", fileSystemType: "ext4", stateHome: "/home/a/.local/state", insideExists: false)
                == "/home/a/accord/local")
    }

    @Test func onANetworkFileSystemLocalIsUnderTheStateFolderKeyedByTheDirectory() {
        let nfs = LocalFolder.path(for: "/mnt/share/Accord UPEC", fileSystemType: "nfs4", stateHome: "/home/a/.local/state", insideExists: false)
        #expect(nfs.hasPrefix("/home/a/.local/state/accord/accord-upec-"))
        let other = LocalFolder.path(for: "/mnt/other/Accord UPEC", fileSystemType: "cifs", stateHome: "/home/a/.local/state", insideExists: false)
        #expect(other != nfs, "two directories, two local folders")
        // One made inside before stays in use, with its replica id.
        #expect(LocalFolder.path(for: "/mnt/share/a", fileSystemType: "nfs", stateHome: "/s", insideExists: true) == "/mnt/share/a/local")
    }
}

/// A nearly full disk: the journal line comes first, the caches give way.
@Suite struct NearlyFullDiskTests {
    @Test func aWriteThatFindsTheDiskFullIsSavedOnceTheSnapshotsMadeRoom() throws {
        let dir = TempDirectory()
        let fs = FaultyFileSystem()
        let store = try Store.seeded(dir, fileSystem: fs)
        try store.rebuildCache()
        #expect(FileManager.default.fileExists(atPath: dir.data + "/" + TempDirectory.snapshot))
        var armed = true
        fs.rule = { name, _, _ in
            guard armed, name == "write" else { return nil }
            armed = false
            return .partialWrite(5)
        }
        try store.tick("a1")
        #expect(!FileManager.default.fileExists(atPath: dir.data + "/" + TempDirectory.snapshot), "the cache gave way")
        #expect(store.readOnlyReason == nil)
        #expect(store.journal?.notices.contains { $0.contains("The disk is nearly full") } == true)
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.state.actions["a1"]?.isDone == true)
        #expect(reopened.journal?.damage == [] && reopened.journal?.tornTail == nil)
    }

    @Test func aDiskStillFullAfterTheCachesGaveWaySavesNothing() throws {
        let dir = TempDirectory()
        let fs = FaultyFileSystem()
        let store = try Store.seeded(dir, fileSystem: fs)
        try store.rebuildCache()
        let before = store.ledger
        fs.rule = { name, _, _ in name == "write" ? .fail(ENOSPC) : nil }
        #expect(throws: JournalError.self) { try store.tick("a1") }
        #expect(store.ledger == before)
        guard case .writeFailed? = store.readOnlyReason else {
            Issue.record("expected read-only after the second failed write")
            return
        }
    }
}
