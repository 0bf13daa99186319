import Foundation
import Testing

/// The commands that read a part of the data from `local/snapshot.sqlite` answer exactly as
/// when everything is read from the journals; `journal verify` checks the file and
/// `journal rebuild` writes it anew.
@Suite(.serialized) struct ReadInPlaceCommandTests {
    /// Removes the snapshot read in place and its side files.
    private func removeFile(_ accord: AccordBinary) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: accord.data + "/local/snapshot.sqlite" + suffix) }
    }

    @Test func aPartAnswersAsTheWhole() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["tick", "uo-h1"])
        _ = try accord.ok(["note", "uo-h2", "Réunion avec la mission handicap"])
        let commands = [["show", "uo-h1", "--json"], ["show", "uo-handicap"], ["show", "upmc-opticsvalley", "--json"],
                        ["search", "handicap", "--json", "--limit", "3"], ["search", "mission", "handi"],
                        ["search", "formation", "partner:upmc", "--json"], ["search", "zzzz"],
                        ["list", "agreements"], ["list", "agreements", "--wide"], ["--lang", "fr", "list", "agreements"]]
        let fromParts = try commands.map { try accord.run($0) }
        #expect(FileManager.default.fileExists(atPath: accord.data + "/local/snapshot.sqlite"))
        for (command, part) in zip(commands, fromParts) {
            // Without the file, everything is read from the journals (and the file written again).
            removeFile(accord)
            let whole = try accord.run(command)
            #expect(whole.status == part.status && whole.out == part.out && whole.err == part.err, "\(command)")
        }
        #expect(fromParts[4].out.contains("uo-h2") && fromParts[4].out.contains("uo-h1"), "the note is searched: \(fromParts[4].out)")
        #expect(fromParts[3].out.contains("\"uo-handicap\"") && fromParts[6].status == 1)
    }

    @Test func verifyChecksTheFileAndRebuildWritesItAgain() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["tick", "uo-h1"])
        let first = try accord.ok(["journal", "verify"])
        #expect(first.contains("Cache: local/snapshot.sqlite, this replica up to record 2; agrees with the journals"), "\(first)")
        // The file replaced by something else, its log beside it gone with it (SQLite would read pages from the log).
        removeFile(accord)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: accord.data + "/local/snapshot.sqlite"))
        let broken = try accord.ok(["journal", "verify"])
        #expect(broken.contains("local/snapshot.sqlite cannot be read (file is not a database); removed"), "\(broken)")
        #expect(!FileManager.default.fileExists(atPath: accord.data + "/local/snapshot.sqlite"))
        #expect(try accord.ok(["journal", "verify"]).contains("Cache: none"))
        let rebuilt = try accord.ok(["journal", "rebuild"])
        #expect(rebuilt.contains("Rebuilt local/snapshot.sqlite from the journals (2 record(s)"), "\(rebuilt)")
        #expect(try accord.ok(["journal", "verify"]).contains("up to record 2; agrees with the journals"))
        #expect(try accord.ok(["undo"]).hasPrefix("Undid: Ticked"), "the history is in the rebuilt file")
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         no"))
    }
}
