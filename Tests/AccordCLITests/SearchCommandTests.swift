import Foundation
import Testing

@Suite(.serialized) struct SearchCommandTests {
    @Test func rankedHitsWithTheMatchMarkedAndThePath() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let out = try accord.ok(["search", "handicap"])
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "1. commitment  uo-handicap  Intégration des étudiants en situation de «handicap»")
        #expect(lines[1] == "   UPMC · Opticsvalley › UPMC × Opticsvalley — formation et insertion professionnelle"
                + " › Intégration des étudiants en situation de handicap")
        let incub = try accord.ok(["search", "incub"])
        #expect(incub.contains("un «incub»ateur commun") && incub.contains("«Incub»ator"))
        let universite = try accord.ok(["search", "universite", "--limit", "3"])
        #expect(universite.contains("«Université» Pierre et Marie Curie"))
        #expect(universite.contains("3 of 11 hits"))
    }

    @Test func jsonIsStable() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let data = Data(try accord.ok(["search", "Lorraine", "status:open", "--json", "--limit", "50"]).utf8)
        let hits = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0["kind"] as? String == "action" })
        let first = hits[0]
        #expect(first["marked"] as? String != nil && first["path"] as? [String] != nil && first["score"] as? Int != nil)
    }

    @Test func readingCommandsLeaveTheUndoHistoryWhole() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["tick", "uo-h1"])
        try accord.ok(["journal", "compact"])
        try accord.ok(["tick", "uo-h2"])
        // These open without the undo history; none may write a snapshot without it.
        for command in [["search", "handicap"], ["list", "actions"], ["show", "uo-h1"], ["report"], ["export"]] {
            try accord.ok(command)
        }
        #expect(try accord.ok(["undo"]).hasPrefix("Undid: Ticked 'Sensibiliser"))
        #expect(try accord.ok(["undo"]).hasPrefix("Undid: Ticked 'Définir"), "the tick folded into the snapshot can still be undone")
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         no"))
    }

    @Test func noMatchAndBadQueries() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let none = try accord.run(["search", "zzzz"])
        #expect(none.status == 1 && none.err == "accord: no match for 'zzzz'.\n")
        let bad = try accord.run(["search", "status:maybe"])
        #expect(bad.status == 2 && bad.err.contains("status: takes done or open"))
        #expect(try accord.run(["search"]).status == 2)
    }

    @Test func searchSeesChangesFromEarlierRuns() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        #expect(try accord.run(["search", "uo-h1", "status:done"]).status == 1)
        _ = try accord.ok(["tick", "uo-h1"])
        #expect(try accord.ok(["search", "mission handicap", "status:done"]).contains("uo-h1"))
    }

    /// No hit: exit 1 in both modes; JSON prints an empty list, "[]".
    @Test func noHitIsExit1InBothModes() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let json = try accord.run(["search", "zzzz", "--json"])
        #expect(json.status == 1)
        #expect(json.out == "[]\n")
        let text = try accord.run(["search", "zzzz"])
        #expect(text.status == 1 && text.err == "accord: no match for 'zzzz'.\n")
        let empty = try accord.run(["list", "agreements", "--empty", "--json"], env: ["ACCORD_DATA": accord.home + "/empty"])
        #expect(empty.out == "[]\n")
    }
}
