import Foundation
import Testing
@testable import AccordCore

/// Snapshots are mapped and their pages given back as they are decoded.
@Suite struct FileBytesTests {
    @Test func aMappedFileReadsTheSameAfterItsPagesAreGivenBack() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.data, withIntermediateDirectories: true)
        let content = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        dir.write("file.bin", content)
        let file = try #require(try PosixFileSystem().readFileOnce(dir.data + "/file.bin"))
        #expect(Array(file.bytes) == content)
        file.release(before: 200_000)
        file.release(before: 100_000)
        #expect(Array(file.bytes) == content, "released pages are read from the file again")
        #expect(try PosixFileSystem().readFileOnce(dir.data + "/missing") == nil)
        dir.write("empty", [])
        #expect(try PosixFileSystem().readFileOnce(dir.data + "/empty")?.bytes.count == 0)
    }

    @Test func aSnapshotOfSeveralMegabytesOpensToTheSameLedger() throws {
        let dir = TempDirectory()
        var live: Ledger
        do {
            let store = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
            try store.perform(DataGenerator(agreements: 1_200, seed: 5).change(for: store.state))
            try store.rebuildCache()
            try store.tick(try #require(store.state.actions.values.first { !$0.isDone }?.id))
            live = store.ledger
        }
        #expect(dir.bytes(TempDirectory.snapshot).count > 3 << 20, "large enough for pages to be given back while decoding")
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.ledger == live)
        #expect(reopened.journal?.notices == [])
    }
}
