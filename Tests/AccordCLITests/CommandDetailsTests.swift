import Foundation
import Testing

/// The smaller things a new user meets on the command line: several ticks and a day, an untick
/// that forgets a date, one rule for --agreement, a duplicate said, a directory that is not
/// Accord's, the help that lists every field.
@Suite(.serialized) struct CommandDetailsTests {
    let now = ["ACCORD_NOW": "2026-12-07T10:00:00Z"]

    @Test func tickTakesSeveralIdsAndADayAsOneChange() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let ticked = try accord.run(["tick", "uo-s2", "uo-h1", "--on", "hier"], env: now)
        #expect(ticked.status == 0 && ticked.out.contains("Ticked 2 actions"), "\(ticked.out)\(ticked.err)")
        for id in ["uo-s2", "uo-h1"] {
            #expect(try accord.run(["show", id], env: now).out.contains("Done:         yes, on 2026-12-06"), "\(id)")
        }
        try accord.ok(["undo"])
        for id in ["uo-s2", "uo-h1"] {
            #expect(try accord.run(["show", id], env: now).out.contains("Done:         no"), "one undo undid both: \(id)")
        }
        // Every id is checked first: one unknown id ticks nothing.
        let unknown = try accord.run(["tick", "uo-s2", "nope"], env: now)
        #expect(unknown.status == 1 && unknown.err.contains("no action has the id 'nope'"))
        #expect(try accord.run(["show", "uo-s2"], env: now).out.contains("Done:         no"))
        let future = try accord.run(["tick", "uo-s2", "--on", "demain"], env: now)
        #expect(future.status == 1 && future.err.contains("--on: 2026-12-08 is in the future"), "\(future.err)")
        let nonsense = try accord.run(["tick", "uo-s2", "--on", "bientôt"], env: now)
        #expect(nonsense.status == 1 && nonsense.err.contains("--on: 'bientôt' is not a date"), "\(nonsense.err)")
        let french = try accord.run(["--lang", "fr", "tick", "uo-s2", "--on", "31/12"], env: now)
        #expect(french.status == 0 && french.out.contains("Coché"), "31/12 read back: last year's \(french.err)")
        #expect(try accord.run(["show", "uo-s2"], env: now).out.contains("Done:         yes, on 2025-12-31"))
    }

    @Test func untickingADateFromAnotherDayAsksOrNeedsYes() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        // uo-s1 was done in 2011: unticking it forgets that date.
        let refused = try accord.run(["untick", "uo-s1"], env: now)
        #expect(refused.status == 1 && refused.err.contains("'uo-s1' was done on 2011-01-17; unticking it forgets that date: add --yes"),
                "\(refused.err)")
        #expect(try accord.run(["show", "uo-s1"], env: now).out.contains("Done:         yes, on 2011-01-17"), "nothing changed")
        let confirmed = try accord.run(["untick", "uo-s1", "--yes"], env: now)
        #expect(confirmed.status == 0 && confirmed.out.contains("Unticked"))
        // Ticked today (the same day as the untick: both on ACCORD_NOW): unticking forgets nothing, so it does not ask.
        #expect(try accord.run(["tick", "uo-s2"], env: now).status == 0)
        #expect(try accord.run(["untick", "uo-s2"], env: now).status == 0)
    }

    @Test func agreementMeansTheSameEverywhere() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let byAgreement = try accord.run(["export", "--format", "ics", "--agreement", "upmc-opticsvalley"], env: now)
        let byPartner = try accord.run(["export", "--format", "ics", "--agreement", "UPMC"], env: now)
        #expect(byPartner.status == 0, "\(byPartner.err)")
        #expect(byPartner.out == byAgreement.out && byPartner.out.contains("BEGIN:VEVENT"), "a partner's agreements, as report and list take it")
        let all = try accord.run(["export", "--format", "ics"], env: now).out
        #expect(all.count > byPartner.out.count)
        let commitment = try accord.run(["export", "--format", "ics", "--agreement", "uo-stages"], env: now)
        #expect(commitment.status == 1 && commitment.err.contains("uo-stages"), "\(commitment.err)")
    }

    @Test func aDuplicateAgreementIsSaid() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let added = try accord.ok(["add", "agreement", "--title", "UPMC × Opticsvalley — formation et INSERTION professionnelle",
                                   "--signatories", "opticsvalley, upmc"])
        #expect(added.contains("Note: agreement 'upmc-opticsvalley' has the same title and signatories"), "\(added)")
        let other = try accord.ok(["add", "agreement", "--title", "UPMC × Opticsvalley — formation et insertion professionnelle",
                                   "--signatories", "upmc, x"])
        #expect(!other.contains("same title and signatories"), "other signatories: another agreement")
    }

    @Test func aDirectoryThatIsNotAccordsIsRefused() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let folder = accord.home + "/Documents"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "mine".write(toFile: folder + "/thesis.txt", atomically: true, encoding: .utf8)
        let refused = try accord.run(["--data", folder, "list", "agreements"])
        #expect(refused.status == 2 && refused.err.contains("is not Accord's data: it holds other files (thesis.txt)"), "\(refused.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["thesis.txt"], "nothing was written there")
        let proc = try accord.run(["--data", "/proc", "list", "agreements"])
        #expect(proc.status == 2 && proc.out.isEmpty)
        // A new shared folder (hidden files only) and Accord's own data are taken.
        let shared = accord.home + "/shared"
        try FileManager.default.createDirectory(atPath: shared + "/.git", withIntermediateDirectories: true)
        #expect(try accord.run(["--data", shared, "list", "agreements"]).status == 0)
        try "notes".write(toFile: shared + "/my-notes.txt", atomically: true, encoding: .utf8)
        #expect(try accord.run(["--data", shared, "list", "agreements"]).status == 0, "files beside Accord's journal/ are the user's business")
    }

    @Test func addHelpListsEveryFieldFromTheFormsOwnList() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let help = try accord.ok(["add", "--help"])
        for flag in ["--notice", "--renewal", "--repeat", "--links", "--short-name", "--associates"] {
            #expect(help.contains(flag), "\(flag) is missing from: \(help)")
        }
        #expect(help.contains("--kind ") && !help.contains("--kind*"), "a partner's kind has a default")
        #expect(help.contains("--title*") && help.contains("--signatories*"))
    }

    @Test func anIdTakenIsSaidWithItsArticle() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let taken = try accord.run(["add", "partner", "--name", "P", "--id", "uo-s2"])
        #expect(taken.err.contains("'uo-s2' is already used by an action"), "\(taken.err)")
    }

    @Test func showOfAnUnknownIdSaysSoAndAPartnersNameStillWorks() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["tick", "uo-s2"])
        try accord.ok(["journal", "rebuild"])
        let unknown = try accord.run(["show", "nope"])
        #expect(unknown.status == 1 && unknown.err.contains("nothing has the id 'nope'"))
        #expect(try accord.ok(["show", "Université Pierre et Marie Curie"]).contains("Partner upmc"))
        #expect(try accord.ok(["show", "opticsvalley"]).contains("Partner opticsvalley"))
    }
}
