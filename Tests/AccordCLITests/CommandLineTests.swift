import Foundation
import Testing

@Suite(.serialized) struct CommandLineTests {
    @Test func aFirstRunShowsTheFiveSeedAgreements() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let out = try accord.ok(["list", "agreements"])
        for id in ["upmc-opticsvalley", "upec-gosb", "mines-ales-enscm", "uimm-ul", "cite-settat-mnc"] {
            #expect(out.contains(id))
        }
        #expect(out.split(separator: "\n").count == 6)
        #expect(out.contains("UPMC × Opticsvalley"))
    }

    /// An error is one plain sentence on one line, whatever the command (no line break mid-sentence).
    @Test(arguments: [["tick", "nothing"], ["show", "nothing"], ["import", "/nonexistent.yaml"], ["untick", "uo-h1"],
                      ["delete", "upmc", "--yes"], ["edit", "uo-h1", "--due", "2026-13-01"], ["note", "nothing", "x"]])
    func errorsAreOneLine(arguments: [String]) throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let result = try accord.run(arguments)
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("accord: ") && result.err.hasSuffix(".\n"), "\(result.err)")
        #expect(result.err.dropLast().contains("\n") == false, "a line break inside: \(result.err)")
    }

    /// Undoing the first run's sample data would empty everything: it needs --yes off a terminal.
    @Test func anUndoThatRemovesManyItemsNeedsYes() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["list", "agreements"])
        let refused = try accord.run(["undo"])
        #expect(refused.status == 1)
        #expect(refused.err == "accord: this undo of 'Loaded the sample agreements' removes 5 agreements, 30 partners, "
                + "27 commitments, 56 actions and 1 category; add --yes to confirm. Nothing was changed.\n", "\(refused.err)")
        #expect(try accord.ok(["list", "agreements", "--json"]).contains("upmc-opticsvalley"), "nothing was undone")
        #expect(try accord.ok(["undo", "--yes"]).hasPrefix("Undid: Loaded the sample agreements"))
        #expect(try accord.ok(["redo"]).hasPrefix("Redid: Loaded"), "a redo that removes nothing needs no --yes")
    }

    /// Exported YAML reads like the sample file: letters as they are, not escaped.
    @Test func exportedYAMLKeepsAccentsReadable() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let yaml = try accord.ok(["export"])
        #expect(yaml.contains("name: Université Pierre et Marie Curie"), "\(yaml.prefix(400))")
        #expect(!yaml.contains("\\xE9") && !yaml.contains("\\u0153"))
        // And it imports back to the same items.
        try yaml.write(toFile: accord.home + "/export.yaml", atomically: true, encoding: .utf8)
        let fresh = AccordBinary()
        defer { fresh.remove() }
        try fresh.ok(["list", "agreements", "--empty"])
        try fresh.ok(["import", accord.home + "/export.yaml"])
        #expect(try fresh.ok(["export"]) == yaml)
    }

    /// The categories `add --help` points to can be listed, as text and JSON.
    @Test func categoriesCanBeListed() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let text = try accord.ok(["list", "categories"])
        #expect(text.hasPrefix("ID  ") && text.contains("disability-inclusion") && text.contains("Disability inclusion"))
        let json = try JSONSerialization.jsonObject(with: Data(try accord.ok(["list", "categories", "--json"]).utf8)) as? [[String: Any]]
        #expect(json?.count == 12 && json?.first?["id"] as? String == "internships")
        let used = try accord.ok(["list", "categories", "--agreement", "mines-ales-enscm"])
        #expect(used.contains("incubator") && !used.contains("disability-inclusion"))
        let help = try accord.ok(["add", "--help"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("see 'accord list categories'"))
    }

    /// Wherever an id is taken, any case works, and a partner can be named by its short name;
    /// --agreement takes an agreement or a partner, for list and report alike.
    @Test func idsInAnyCaseAndPartnersByName() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        #expect(try accord.ok(["show", "UPMC"]).hasPrefix("Partner upmc"))
        #expect(try accord.ok(["show", "Uo-H1"]).hasPrefix("Action uo-h1"))
        #expect(try accord.ok(["tick", "UO-S2"]).contains("(uo-s2)"))
        #expect(try accord.ok(["note", "Opticsvalley", "Réseau"]).contains("(opticsvalley)"))
        let listed = try accord.ok(["list", "agreements", "--agreement", "upmc"])
        let reported = try accord.ok(["report", "--agreement", "UPMC"])
        #expect(listed.contains("upmc-opticsvalley") && reported.contains("## UPMC × Opticsvalley"))
        #expect(reported.contains("1 agreement, "))
        #expect(try accord.ok(["list", "actions", "--agreement", "upmc"]).contains("uo-s1"))
        let unknown = try accord.run(["show", "nope"])
        #expect(unknown.status == 1 && unknown.err.contains("nothing has the id 'nope'") && unknown.err.contains("short name"))
        let notAnAgreement = try accord.run(["report", "--agreement", "uo-h1"])
        #expect(notAnAgreement.status == 1 && notAnAgreement.err.contains("'uo-h1' is an action, not an agreement or a partner"))
    }

    @Test func emptyStartsWithNothing() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let out = try accord.ok(["list", "agreements", "--empty", "--json"])
        let listed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [Any]
        #expect(listed?.isEmpty == true, "an empty JSON list: \(out)")
        let overview = try accord.ok([])
        #expect(overview.contains("No agreements yet"))
    }

    @Test func tickUndoRedoAcrossSeparateInvocations() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let ticked = try accord.ok(["tick", "uo-h1"])
        #expect(ticked.hasPrefix("Ticked 'Définir des actions conjointes"))
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         yes, on"))
        #expect(try accord.ok(["undo"]).hasPrefix("Undid: Ticked"))
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         no"))
        #expect(try accord.ok(["redo"]).hasPrefix("Redid: Ticked"))
        let json = try accord.ok(["show", "uo-h1", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let item = object?["item"] as? [String: Any]
        #expect(object?["kind"] as? String == "action")
        #expect(item?["done"] as? Bool == true)
        #expect(item?["agreement"] as? String == "upmc-opticsvalley")
        let log = try accord.ok(["journal", "log", "--limit", "3"])
        #expect(log.contains("Redid: Ticked") && log.contains("Undid: Ticked"))
    }

    @Test func errorsGoToStderrWithExitCodes() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let unknown = try accord.run(["tick", "nope"])
        #expect(unknown.status == 1)
        #expect(unknown.err == "accord: no action has the id 'nope' (see 'accord list actions').\n")
        #expect(unknown.out.isEmpty)
        let notAction = try accord.run(["tick", "upmc"])
        #expect(notAction.status == 1 && notAction.err.contains("'upmc' is a partner, not an action"))
        let twice = try accord.run(["untick", "uo-h1"])
        #expect(twice.status == 1 && twice.err.contains("action 'uo-h1' is not done."))
        let usage = try accord.run(["list", "everything"])
        #expect(usage.status == 2 && usage.err.contains("Usage: accord list"))
        let noSuchCommand = try accord.run(["frobnicate"])
        #expect(noSuchCommand.status == 2)
        let nothing = try accord.run(["redo"])
        #expect(nothing.status == 1 && nothing.err.contains("nothing to redo"))
        let badLimit = try accord.run(["journal", "log", "--limit", "0"])
        #expect(badLimit.status == 2)
    }

    @Test func listsAndJSONAreStable() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let partners = try JSONSerialization.jsonObject(with: Data(try accord.ok(["list", "partners", "--json"]).utf8)) as? [[String: Any]]
        #expect(partners?.count == 30)
        #expect(partners?.first?["id"] as? String == "upmc")
        let actions = try JSONSerialization.jsonObject(with: Data(try accord.ok(["list", "actions", "--agreement", "uimm-ul", "--json"]).utf8)) as? [[String: Any]]
        #expect(actions?.count == 12)
        let commitments = try accord.ok(["list", "commitments", "--agreement", "mines-ales-enscm"])
        #expect(commitments.contains("me-incubateur") && commitments.contains("incubator"))
        let byPartner = try accord.ok(["list", "agreements", "--agreement", "enscm"])
        #expect(byPartner.contains("mines-ales-enscm") && !byPartner.contains("uimm-ul"))
        let badAgreement = try accord.run(["list", "actions", "--agreement", "ghost"])
        #expect(badAgreement.status == 1)
    }

    @Test func dataDirectoryFlagBeatsTheEnvironment() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let other = accord.home + "/other"
        _ = try accord.ok(["tick", "uo-h1", "--data", other])
        #expect(FileManager.default.fileExists(atPath: other + "/local/replica"))
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         no"))
        let xdg = try accord.run(["list", "agreements"], env: ["XDG_DATA_HOME": accord.home + "/xdg"], removing: ["ACCORD_DATA"])
        #expect(xdg.status == 0)
        #expect(FileManager.default.fileExists(atPath: accord.home + "/xdg/accord/local/replica"))
    }

    @Test func importIsAllOrNothingAndExportRoundTrips() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let exported = try accord.ok(["export"])
        #expect(exported.contains("id: upmc-opticsvalley"))
        let file = accord.home + "/export.yaml"
        try exported.write(toFile: file, atomically: true, encoding: .utf8)
        let fresh = accord.home + "/fresh"
        let imported = try accord.run(["import", file, "--data", fresh, "--empty"])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(try accord.ok(["export", "--data", fresh]) == exported)
        // JSON export reads back too.
        let json = try accord.ok(["export", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["agreements"] != nil)

        let bad = accord.home + "/bad.yaml"
        try "partners:\n  - id: z\n    name: Z\n    kind: spaceship\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let journalBefore = try Data(contentsOf: URL(fileURLWithPath: accord.journal))
        let refused = try accord.run(["import", bad])
        #expect(refused.status == 1)
        #expect(refused.err.contains("bad.yaml:4: partners[0].kind: 'spaceship' is not allowed"))
        #expect(refused.err.contains("). Nothing was imported."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: accord.journal)) == journalBefore)
        let missing = try accord.run(["import", accord.home + "/none.yaml"])
        #expect(missing.status == 1 && missing.err.contains("none.yaml: no such file."))
    }

    @Test func journalVerifyReportsDamageAndRepairFixesIt() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["tick", "uo-h1"])
        _ = try accord.ok(["tick", "uo-h2"])
        #expect(try accord.run(["journal", "verify"]).status == 0)
        let path = accord.journal
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let secondLine = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        bytes[secondLine + 30] ^= 0x02
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 1)
        #expect(verify.out.contains("damaged: line 2: bad checksum"))
        let blocked = try accord.run(["tick", "uo-h3"])
        #expect(blocked.status == 1 && blocked.err.contains("run 'accord journal repair'"))
        let repair = try accord.run(["journal", "repair"])
        #expect(repair.status == 0 && repair.out.contains("Backed up the journal"))
        #expect(repair.out.contains("Kept the 2 good records of journal/"), "records 1 and 3 of 3: \(repair.out)")
        #expect(try accord.run(["journal", "verify"]).status == 0)
        _ = try accord.ok(["tick", "uo-h3"])
        _ = try accord.ok(["journal", "compact"])
        #expect(try accord.ok(["undo"]).contains("Undid: Ticked"))
    }
}

@Suite(.serialized) struct DataDirectoryProblemTests {
    @Test func aDataDirectoryThatCannotBeCreatedIsAnError() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        // /proc refuses new directories: mkdir fails, and reading finds nothing.
        let impossible = "/proc/accord-test-\(UUID().uuidString)/data"
        let result = try accord.run(["list", "agreements", "--data", impossible])
        #expect(result.status == 1)
        #expect(result.err.contains("cannot create the data directory \(impossible)"))
        #expect(result.out.isEmpty)
        let tick = try accord.run(["tick", "uo-h1", "--data", impossible])
        #expect(tick.status == 1 && tick.err.contains("cannot create the data directory"))
    }

    @Test func aDataPathThatIsAFileSaysSo() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/plain"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try accord.run(["list", "agreements", "--data", file])
        #expect(result.status == 1)
        #expect(result.err.contains("not a directory"), "\(result.err)")
    }
}
