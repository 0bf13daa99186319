import Foundation
import Testing

/// A journal that cannot grow (a file-size limit: the kernel refuses the write with EFBIG,
/// as a full disk does with ENOSPC) and a data directory this user cannot write: a clear
/// message, nothing changed, nothing acknowledged that was not written, and work goes on
/// once the limit is gone.
@Suite(.serialized) struct FullDiskAndReadOnlyTests {
    func journalSize(_ accord: AccordBinary) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: accord.journal)[.size] as? Int) ?? -1
    }

    @Test func aWriteThatDoesNotFitIsRefusedAndWorkGoesOnAfterwards() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["list", "agreements"])
        let size = try journalSize(accord)
        let full = ["/usr/bin/prlimit", "--fsize=\(size + 40)"]

        let tick = try accord.run(["tick", "uo-h1"], wrapper: full)
        #expect(tick.status == 1)
        #expect(tick.err.contains("the change was not saved") && tick.err.contains("File too large"), "\(tick.err)")
        #expect(tick.out.isEmpty, "nothing acknowledged")
        #expect(try journalSize(accord) == size, "no partial record left behind")
        let file = accord.home + "/more.yaml"
        try "partners:\n  - {id: newp, name: Nouveau partenaire, kind: company}\n".write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try accord.run(["import", file], wrapper: full)
        #expect(imported.status == 1 && imported.out.isEmpty)
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         no"))
        #expect(try accord.run(["show", "newp"]).status == 1)
        #expect(try accord.ok(["journal", "verify"]).contains("Result: clean"))

        // Space again: the same commands work.
        #expect(try accord.ok(["tick", "uo-h1"]).hasPrefix("Ticked"))
        #expect(try accord.ok(["import", file]).hasPrefix("Imported"))
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         yes"))
    }

    @Test func theDashboardSaysNotSavedAndTurnsReadOnlyWhenTheDiskIsFull() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["list", "agreements"])
        let size = try journalSize(accord)
        let tmux = try TmuxSession(accord, wrapper: ["/usr/bin/prlimit", "--fsize=\(size + 40)"])
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")
        try tmux.send("3", "j", "j")
        try tmux.waitFor("[ ] Suivre le nombre de stagiaires")
        try tmux.send("Space")
        let refused = try tmux.waitFor("Not saved:")
        #expect(refused.contains("File too large"))
        #expect(refused.contains("READ-ONLY"), "the header says nothing more will be saved")
        #expect(refused.contains("[ ] Suivre le nombre de stagiaires"), "the screen shows what is stored")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        #expect(try journalSize(accord) == size)
        #expect(try accord.ok(["show", "uo-s2"]).contains("Done:         no"))
        #expect(try accord.ok(["tick", "uo-s2"]).hasPrefix("Ticked"), "after the limit, work goes on")
    }

    @Test func aDataDirectoryThisUserCannotWriteIsReadOnlyWithAReason() throws {
        let accord = AccordBinary()
        defer {
            chmodAll(accord.data, directory: 0o700, file: 0o600)
            accord.remove()
        }
        try accord.ok(["list", "agreements"])
        let before = try accord.ok(["export"])
        // As root, permissions do not stop writes: run as nobody over a world-readable copy.
        let asRoot = getuid() == 0
        chmodAll(accord.data, directory: asRoot ? 0o755 : 0o555, file: asRoot ? 0o644 : 0o444)
        if asRoot { chmodAll(accord.home, directory: 0o755, file: 0o644) }
        let wrapper = asRoot ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

        let tick = try accord.run(["tick", "uo-h1"], wrapper: wrapper)
        #expect(tick.status == 1)
        #expect(tick.err.contains("cannot change anything") && tick.err.contains("permission denied"), "\(tick.err)")
        let french = try accord.run(["--lang", "fr", "tick", "uo-h1"], wrapper: wrapper)
        #expect(french.status == 1 && french.err.contains("permission refusée") && !french.err.contains("denied"), "\(french.err)")
        let list = try accord.run(["list", "agreements"], wrapper: wrapper)
        #expect(list.status == 0 && list.out.contains("upmc-opticsvalley"), "reading still works")
        #expect(list.err.contains("showing it read-only"))

        let tmux = try TmuxSession(accord, wrapper: wrapper)
        defer { tmux.close() }
        // The status line is drawn after the header: wait for it.
        let screen = try tmux.waitFor("Read-only:")
        #expect(screen.contains("READ-ONLY"))
        // A key that changes data says why it cannot, instead of acting.
        try tmux.send("3", "j", "j")
        try tmux.waitFor("j/k move")
        try tmux.send("Space")
        let refused = try tmux.waitFor("Read-only:")
        #expect(refused.contains("[ ] Suivre le nombre"), "nothing was ticked")
        try tmux.send("j")
        try tmux.waitFor("j/k move")
        try tmux.send("a")
        try tmux.waitFor("Read-only:")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        chmodAll(accord.data, directory: 0o700, file: 0o600)
        #expect(try accord.ok(["export"]) == before, "nothing changed")
        #expect(try accord.ok(["tick", "uo-h1"]).hasPrefix("Ticked"), "writable again, work goes on")
    }
}

/// Sets the mode of a directory, everything below it, and it.
private func chmodAll(_ path: String, directory: mode_t, file: mode_t) {
    if let items = FileManager.default.enumerator(atPath: path) {
        for case let item as String in items {
            let full = path + "/" + item
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            chmod(full, isDirectory.boolValue ? directory : file)
        }
    }
    chmod(path, directory)
}
