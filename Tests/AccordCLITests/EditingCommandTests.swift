import Foundation
import Testing

/// `accord add | edit | delete | note`, on the real binary.
@Suite(.serialized) struct EditingCommandTests {
    @Test func addAnAgreementWithItsChecklistThenEditNoteAndDelete() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let added = try accord.ok(["add", "agreement", "--title", "Convention d'été", "--signatories", "UPMC, opticsvalley",
                                   "--signed", "2025-09-01", "--term", "3"])
        #expect(added.hasPrefix("Added agreement 'Convention d'été' (convention-d-ete)"))
        try accord.ok(["add", "commitment", "--agreement", "convention-d-ete", "--title", "Stages",
                       "--category", "internships", "--owner", "upmc", "--id", "ce-stages"])
        try accord.ok(["add", "action", "--commitment", "ce-stages", "--title", "Publier les offres", "--due", "2026-01-15", "--id", "ce-a1"])
        try accord.ok(["edit", "ce-a1", "--title", "Publier 6 offres", "--done", "2026-02-01"])
        try accord.ok(["note", "ce-a1", "Relancé le 3 février"])
        let shown = try accord.ok(["show", "ce-a1"])
        #expect(shown.contains("Publier 6 offres"))
        #expect(shown.contains("Relancé le 3 février"))
        #expect(shown.contains("2026-02-01"))
        let agreement = try accord.ok(["show", "convention-d-ete"])
        #expect(agreement.contains("2028-09-01"), "the end date is signed + term")

        let refused = try accord.run(["delete", "convention-d-ete"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("the agreement, its 1 commitment and 1 action; add --yes"))
        let deleted = try accord.ok(["delete", "convention-d-ete", "--yes"])
        #expect(deleted.contains("its 1 commitment and 1 action"))
        #expect(try accord.run(["show", "ce-a1"]).status == 1)
        try accord.ok(["undo"])
        #expect(try accord.ok(["show", "ce-a1"]).contains("Relancé le 3 février"), "undo brings the whole agreement back")
    }

    @Test func badFieldsNameTheFlagAndSaveNothing() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let before = try accord.ok(["export"])
        let cases: [([String], String)] = [
            (["add", "agreement", "--title", "T", "--signatories", "upmc"], "--signatories: agreement"),
            (["add", "agreement", "--title", "T", "--signatories", "upmc, nobody"], "--signatories: no partner is called 'nobody'"),
            (["add", "agreement", "--signatories", "upmc, opticsvalley"], "--title: cannot be empty."),
            (["add", "agreement", "--title", "T", "--signatories", "upmc, opticsvalley", "--signed", "1er brumaire"], "--signed: '1er brumaire' is not a date"),
            (["add", "agreement", "--title", "T", "--signatories", "upmc, opticsvalley", "--term=-2"], "--term: '-2' is not a number"),
            (["add", "action", "--commitment", "upmc-opticsvalley", "--title", "T"], "--commitment: no commitment has the id"),
            (["add", "action", "--commitment", "uo-handicap", "--title", "T", "--kind", "bank"], "--kind: an action has no field 'kind'"),
            (["add", "partner", "--name", "P", "--kind", "alien"], "--kind: 'alien' is not one of"),
            (["add", "partner", "--name", "P", "--id", "upmc"], "--id: 'upmc' is already used by a partner."),
            (["edit", "nope", "--title", "x"], "nothing has the id 'nope'"),
            (["delete", "upmc", "--yes"], "partner 'upmc' is still used by agreement"),
            (["delete", "nope", "--yes"], "nothing has the id 'nope'"),
            (["note", "nope", "x"], "nothing has the id 'nope'"),
        ]
        for (arguments, message) in cases {
            let result = try accord.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.err.contains(message), "\(arguments): \(result.err)")
            #expect(result.out.isEmpty)
        }
        #expect(try accord.ok(["export"]) == before, "nothing was saved")
        #expect(try accord.run(["edit", "uo-h1"]).status == 2, "edit without a field is a usage error")
        let changingTheID = try accord.run(["edit", "uo-h1", "--id", "other"])
        #expect(changingTheID.status == 2 && changingTheID.err.contains("Unknown option '--id'"), "an id is not an edit field")
    }

    @Test func noteReadsStandardInputAndKeepsLinesAndControlCharactersEscaped() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/note.txt"
        try "Ligne 1\nLigne 2 \u{1B}[2J fin\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try accord.run(["note", "uo-h1", "-"], stdin: file)
        #expect(result.status == 0, "\(result.err)")
        let json = try accord.ok(["show", "uo-h1", "--json"])
        #expect(json.contains(#"Ligne 1\nLigne 2 \u001b[2J fin"#))
        let shown = try accord.ok(["show", "uo-h1"])
        #expect(!shown.contains("\u{1B}"), "the terminal never gets the escape")
    }
}

/// `accord report` on the real binary: formats, one agreement, a file.
@Suite(.serialized) struct ReportCommandTests {
    @Test func eachFormatAndTheOutputFile() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let markdown = try accord.ok(["report", "--agreement", "upec-gosb"])
        #expect(markdown.hasPrefix("# Partnership agreements — review of "))
        #expect(markdown.contains("1 agreement, "))
        #expect(markdown.contains("Grand-Orly") || markdown.contains("GOSB"))
        let csv = try accord.ok(["report", "--format", "csv"])
        #expect(csv.hasPrefix("agreement_id,agreement,status"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 >= 56, "a row per action of the sample data")
        let json = try accord.ok(["report", "--format", "json"])
        #expect(json.contains("\"agreements\" : ["))
        let file = accord.home + "/board.html"
        let wrote = try accord.ok(["report", "--output", file])
        #expect(wrote.contains("html report of 5 agreements"))
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg"))
        let unknown = try accord.run(["report", "--agreement", "nope"])
        #expect(unknown.status == 1 && unknown.err.contains("nothing has the id 'nope'"))
        let badFormat = try accord.run(["report", "--format", "pdf"])
        #expect(badFormat.status == 2)
    }
}
