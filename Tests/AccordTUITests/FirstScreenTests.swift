import Foundation
import Testing
@testable import AccordCore
@testable import AccordTUI

/// The dashboard's first frame comes from the cache while the whole data is read on another
/// thread; the whole data arrives as a message on the loop's thread, keys pressed meanwhile
/// are pressed again in order, and a cache behind the journals says it is catching up.
@Suite struct FirstScreenTests {
    /// A data directory holding the sample data with its cache, and an action ticked since
    /// the cache was taken: the cache is one record behind the journal.
    private func dataWithACacheBehind() throws -> (directory: String, ticked: String) {
        let directory = NSTemporaryDirectory() + "accord-first-" + UUID().uuidString
        let store = try Store.open(directory: directory, JournalOptions(now: DashboardFixture.now))
        try store.perform(try SampleData.change(for: store.state))
        let first = try #require(store.state.sortedAgreements().first)
        let action = try #require(store.state.commitments(of: first.id).flatMap { store.state.actions(of: $0.id) }.first { !$0.isDone })
        let cache = DataLayout(directory: directory, replica: try #require(store.journal?.replica)).cache
        let files = [cache, cache + "-wal", cache + "-shm"]
        let kept = files.map { FileManager.default.contents(atPath: $0) }
        try store.tick(action.id)
        // The cache as it was before the tick: behind the journal by one record.
        for (path, bytes) in zip(files, kept) {
            try? FileManager.default.removeItem(atPath: path)
            if let bytes { _ = FileManager.default.createFile(atPath: path, contents: bytes) }
        }
        return (directory, action.id)
    }

    /// Waits for the whole data to be taken in (the loop does this on its wake-up).
    private func finish(_ runtime: DashboardRuntime) {
        var waited = 0
        while !runtime.finishOpening() && waited < 1_000 {
            usleep(10_000)
            waited += 1
        }
    }

    private func text(_ runtime: DashboardRuntime) -> String {
        runtime.frame.text
    }

    @Test func theFirstFrameOfACacheBehindSaysItIsCatchingUpThenShowsTheWholeData() throws {
        let (directory, ticked) = try dataWithACacheBehind()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let firstScreen = try #require(CachedFirstScreen.read(directory: directory, agreements: 24))
        #expect(firstScreen.isBehind)
        #expect(firstScreen.state.actions[ticked]?.isDone == false, "the cache as it was")
        let gate = DispatchSemaphore(value: 0)
        let opening = BackgroundOpening {
            gate.wait()
            return try Store.open(directory: directory, JournalOptions(now: DashboardFixture.now))
        }
        let runtime = DashboardRuntime.whileOpening(firstScreen, opening, width: 100, height: 30)
        let before = text(runtime)
        #expect(before.contains("Catching up with the journals"), "\(before)")
        #expect(before.contains("5 agreements"), "the header's counts come from the cache: \(before)")
        #expect(runtime.store.journal == nil && runtime.isOpening)
        // Keys wait for the whole data, in order; the first screen does not move.
        let selected = runtime.model.paneState(.agreements).selection
        runtime.press(.character("2"))
        runtime.press(.character("j"))
        #expect(runtime.model.paneState(.agreements).selection == selected)
        gate.signal()
        finish(runtime)
        #expect(!runtime.isOpening && runtime.store.journal != nil)
        #expect(runtime.state.actions[ticked]?.isDone == true, "the record the cache lacked is read")
        #expect(runtime.model.focus == .agreements && runtime.model.paneState(.agreements).selection == selected + 1,
                "the keys pressed meanwhile are pressed now")
        let after = text(runtime)
        #expect(!after.contains("Catching up"), "\(after)")
        // The whole data is the one shown from now on: a change goes to the journal.
        runtime.press(.character("u"))
        #expect(try Store.open(directory: directory, JournalOptions(readOnly: true)).state.actions[ticked]?.isDone == false)
    }

    @Test func aCurrentCacheSaysItIsReading() throws {
        let (directory, _) = try dataWithACacheBehind()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Opened once to write: the cache is brought up to the journal.
        _ = try Store.open(directory: directory, JournalOptions(now: DashboardFixture.now))
        let firstScreen = try #require(CachedFirstScreen.read(directory: directory, agreements: 24))
        #expect(!firstScreen.isBehind)
        let runtime = DashboardRuntime.whileOpening(firstScreen, BackgroundOpening { try Store.open(directory: directory) },
                                                    width: 100, height: 30)
        #expect(text(runtime).contains("Reading the data"))
        finish(runtime)
        #expect(!text(runtime).contains("Reading the data"))
    }

    @Test func qQuitsAtOnceWhileTheDataIsRead() throws {
        let (directory, _) = try dataWithACacheBehind()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let gate = DispatchSemaphore(value: 0)
        let runtime = DashboardRuntime.whileOpening(try #require(CachedFirstScreen.read(directory: directory, agreements: 24)),
                                                    BackgroundOpening { gate.wait(); return try Store.open(directory: directory) },
                                                    width: 80, height: 24)
        runtime.press(.character("q"))
        #expect(runtime.shouldQuit)
        gate.signal()
        finish(runtime)
    }

    @Test func aDirectoryThatCannotBeReadWholeQuitsSayingWhy() throws {
        let (directory, _) = try dataWithACacheBehind()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        struct Unreadable: Error {}
        let runtime = DashboardRuntime.whileOpening(try #require(CachedFirstScreen.read(directory: directory, agreements: 24)),
                                                    BackgroundOpening { throw Unreadable() }, width: 80, height: 24)
        finish(runtime)
        #expect(runtime.shouldQuit && runtime.openingFailure is Unreadable)
    }

    @Test func withoutACacheThereIsNoFirstScreenToRead() throws {
        let directory = NSTemporaryDirectory() + "accord-first-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try Store.open(directory: directory, JournalOptions(cacheAbove: JournalOptions.commandLineCacheAbove))
        try store.perform(try SampleData.change(for: store.state))
        #expect(CachedFirstScreen.read(directory: directory, agreements: 24) == nil, "small data: the journals are read whole")
    }
}
