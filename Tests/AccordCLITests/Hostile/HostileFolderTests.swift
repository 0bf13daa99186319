import AccordCore
import Foundation
import Testing

/// A synced folder (Syncthing, Nextcloud, a network share) delivers whatever a teammate's
/// machine holds — deletions, links, FIFOs, copies of `local/` — straight into `journal/`.
@Suite(.serialized) struct HostileFolderTests {
    private func journalFolder(_ accord: AccordBinary) -> String { accord.data + "/journal" }

    @Test func linksFIFOsAndDevicesInTheJournalFolderAreNamedNeverReadNorWaitedOn() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        let folder = journalFolder(accord)
        #expect(mkfifo(folder + "/fifo.log", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.log", withDestinationPath: "/dev/zero")
        let outside = accord.home + "/outside.log"
        _ = FileManager.default.createFile(atPath: outside, contents: Data(SharedRepository.noteRecord(replica: "outside", seq: 1, id: "uo-h2", text: "read from outside")))
        try FileManager.default.createSymbolicLink(atPath: folder + "/outside.log", withDestinationPath: outside)
        let listed = try accord.run(["show", "uo-h2"], wrapper: ["/usr/bin/timeout", "30"])
        #expect(listed.status == 0, "exit \(listed.status): \(listed.err)")
        #expect(!listed.out.contains("read from outside"))
        #expect(listed.err.contains("journal/fifo.log is not read: not a regular file (a FIFO)"), "\(listed.err)")
        #expect(listed.err.contains("journal/zero.log is not read: it is a symbolic link"), "\(listed.err)")
        #expect(listed.err.contains("journal/outside.log is not read: it is a symbolic link"), "\(listed.err)")
        let verify = try accord.run(["journal", "verify"], wrapper: ["/usr/bin/timeout", "30"])
        #expect(verify.status == 1 && verify.out.contains("journal/fifo.log is not read"), "\(verify.out)")
        #expect(try accord.run(["tick", "uo-h1"], wrapper: ["/usr/bin/timeout", "30"]).status == 0)
        // A name file and a file named as one of this replica's frozen journals, planted the same way.
        let me = try String(contentsOfFile: accord.data + "/local/replica", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(mkfifo(folder + "/fifo.name", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/zero.name", withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder + "/\(me).000000001.log", withDestinationPath: "/dev/zero")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: accord.data + "/local/snapshot.sqlite" + suffix) }
        for arguments in [["journal", "log"], ["replica"], ["list", "agreements"], ["journal", "verify"], ["untick", "uo-h1"]] {
            let result = try accord.run(arguments, wrapper: ["/usr/bin/timeout", "30"])
            #expect(result.status != 124, "accord \(arguments.joined(separator: " ")) hung")
            #expect(arguments.first == "journal" || result.status == 0, "\(arguments): \(result.err)")
        }
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         no"), "nothing of this replica's was lost")
    }

    @Test func thisReplicasJournalRemovedOrReplacedByTheFolderIsPutBackWithNothingLost() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["tick", "uo-h1"])
        let own = accord.journal
        let before = try #require(FileManager.default.contents(atPath: own))
        // The teammate's machine deleted it; the folder passed the deletion on.
        try FileManager.default.removeItem(atPath: own)
        let ticked = try accord.run(["tick", "uo-h2"])
        #expect(ticked.status == 0, "\(ticked.err)")
        #expect(ticked.err.contains("had been removed from the shared folder; it was put back"), "\(ticked.err)")
        let after = try #require(FileManager.default.contents(atPath: own))
        #expect(after.starts(with: before) && after.count > before.count)
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         yes"))
        // Replaced by an older copy (a sync tool writes a new file and renames it over).
        let older = accord.home + "/older.log"
        _ = FileManager.default.createFile(atPath: older, contents: before)
        #expect(rename(older, own) == 0)
        let third = try accord.run(["untick", "uo-h2"])
        #expect(third.status == 0 && third.err.contains("had been replaced by another file"), "\(third.err)")
        #expect(try #require(FileManager.default.contents(atPath: own)).starts(with: after))
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         yes"))
        #expect(try accord.run(["journal", "verify"]).status == 0)
    }

    @Test func aLocalFolderCopiedFromAnotherMachineStartsANewReplicaInsteadOfWritingAsTheOther() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["tick", "uo-h1"])
        let first = try String(contentsOfFile: accord.data + "/local/replica", encoding: .utf8)
        // local/ copied whole (a synced folder that shared it, a restored backup): another folder.
        let local = accord.data + "/local", copy = accord.data + "/local-copy"
        try FileManager.default.copyItem(atPath: local, toPath: copy)
        try FileManager.default.removeItem(atPath: local)
        try FileManager.default.moveItem(atPath: copy, toPath: local)
        _ = try accord.ok(["tick", "uo-h2"])
        let second = try String(contentsOfFile: accord.data + "/local/replica", encoding: .utf8)
        #expect(second != first)
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         yes"), "the first replica's records are read as another's")
        #expect(try accord.ok(["show", "uo-h2"]).contains("Done:         yes"))
        #expect(FileManager.default.fileExists(atPath: accord.data + "/.stignore"))
        #expect(FileManager.default.fileExists(atPath: accord.data + "/.sync-exclude.lst"))
    }

    @Test func aMissingRecordIsNamedWhatCanApplyAppliesAndTheSnapshotsStayOn() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        var lines = SharedRepository.noteRecord(replica: "gap", seq: 1, id: "uo-h1", text: "one")
        lines += SharedRepository.noteRecord(replica: "gap", seq: 3, id: "uo-h2", text: "three")
        _ = FileManager.default.createFile(atPath: journalFolder(accord) + "/gap.log", contents: Data(lines))
        let shown = try accord.run(["show", "uo-h1"])
        #expect(shown.out.contains("one"))
        #expect(shown.err.contains("1 record(s) of replica gap wait for its record 2"), "\(shown.err)")
        #expect(!(try accord.ok(["show", "uo-h2"])).contains("three"))
        _ = try accord.ok(["tick", "uo-h3"])
        // The cache's header row (in the file or its write-ahead log) keeps its place in the file.
        let cache = ["", "-wal"].compactMap { FileManager.default.contents(atPath: accord.data + "/local/snapshot.sqlite" + $0) }
        #expect(cache.contains { String(decoding: $0, as: UTF8.self).contains("\"name\":\"gap.log\"") }, "the cache keeps its place in the file")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 1 && verify.out.contains("wait for its record 2"), "\(verify.out)")
        // The missing record arrives: both apply.
        let handle = try #require(FileHandle(forWritingAtPath: journalFolder(accord) + "/gap.log"))
        handle.seekToEndOfFile()
        handle.write(Data(SharedRepository.noteRecord(replica: "gap", seq: 2, id: "uo-h3", text: "two")))
        try handle.close()
        #expect(try accord.ok(["show", "uo-h2"]).contains("three"))
        #expect(try accord.run(["journal", "verify"]).status == 0)
    }

    @Test func aRecordThatNamesAnotherReplicaThanItsFileIsLeftOutAndNamed() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        let me = try String(contentsOfFile: accord.data + "/local/replica", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let spoof = SharedRepository.noteRecord(replica: "victim", seq: 1, id: "uo-h1", text: "said for someone else")
            + SharedRepository.noteRecord(replica: me, seq: 99, id: "uo-h1", text: "said as this replica")
        _ = FileManager.default.createFile(atPath: journalFolder(accord) + "/mallory.log", contents: Data(spoof))
        let shown = try accord.run(["show", "uo-h1"])
        #expect(!shown.out.contains("said for"), "\(shown.out)")
        #expect(shown.err.contains("journal/mallory.log holds records that say they were written by replica victim"), "\(shown.err)")
    }

    @Test func anOutputFileIsNeverWrittenThroughALinkThatPointsNowhere() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        let link = accord.home + "/report.md", target = accord.home + "/elsewhere/report.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try accord.run(["report", "--output", link])
        #expect(result.status != 0 && result.err.contains("is a symbolic link to a file that does not exist"), "\(result.err)")
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "the link is left as it was")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func accordNowSetsTodayEverywhere() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let env = ["ACCORD_NOW": "2031-02-03T08:00:00Z"]
        #expect(try accord.run(["tick", "uo-h1"], env: env).status == 0)
        #expect(try accord.run(["show", "uo-h1"], env: env).out.contains("2031-02-03"))
        #expect(try accord.run(["journal", "log"], env: env).out.contains("2031-02-03"))
    }
}
