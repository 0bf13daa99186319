import Foundation
import Testing
@testable import AccordCLI
@testable import AccordCore

/// The command line in French: chosen by --lang, config.yaml or the environment (without the
/// French locale generated on this machine), with help, tables, messages and reports in French.
@Suite struct FrenchCommandLineTests {
    private let french = ["LANG": "fr_FR.UTF-8"]

    @Test func theEnvironmentChoosesFrenchAndTheFlagAndConfigWin() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let list = try accord.run(["list", "agreements"], env: french)
        #expect(list.status == 0)
        #expect(list.out.hasPrefix("ID"))
        #expect(list.out.contains("INTITULÉ") && list.out.contains("SIGNÉE") && list.out.contains("STATUT"), "\(list.out)")
        #expect(list.out.contains("18 nov. 2010") && list.out.contains("en cours"))
        #expect(try accord.run(["list", "agreements", "--lang", "en"], env: french).out.contains("TITLE"))
        #expect(try accord.run(["--lang=en", "list", "agreements"], env: ["LANGUAGE": "fr"]).out.contains("2010-11-18"))
        // config.yaml beats the environment; --lang beats config.yaml.
        let config = accord.home + "/.config/accord"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "language: fr\n".write(toFile: config + "/config.yaml", atomically: true, encoding: .utf8)
        #expect(try accord.run(["list", "partners"], env: ["LANG": "en_GB.UTF-8"]).out.contains("NOM"))
        #expect(try accord.run(["list", "partners", "--lang", "en"]).out.contains("NAME"))
        try "language: auto\n".write(toFile: config + "/config.yaml", atomically: true, encoding: .utf8)
        #expect(try accord.run(["list", "partners"], env: ["LC_MESSAGES": "fr_FR.UTF-8"]).out.contains("NOM"))
        // A language Accord does not speak in config.yaml is said, and the environment decides.
        try "language: klingon\n".write(toFile: config + "/config.yaml", atomically: true, encoding: .utf8)
        let themes = try accord.run(["themes"], env: french)
        #expect(themes.err.contains("config.yaml:1 : language: « klingon » n'est ni en, ni fr, ni auto"), "\(themes.err)")
        #expect(themes.out.contains("Vos propres thèmes"))
    }

    /// The journal's labels are made when shown, in the reader's language, whoever wrote them.
    @Test func theJournalLogReadsInTheReadersLanguage() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["tick", "uo-s2", "--lang", "en"])
        try accord.ok(["note", "uo-h1", "vu", "--lang", "fr"])
        let french = try accord.ok(["journal", "log", "--lang", "fr"])
        #expect(french.contains("Coché « ") && french.contains("Note sur « ") && !french.contains("Ticked"), "\(french)")
        let english = try accord.ok(["journal", "log", "--lang", "en"])
        #expect(english.contains("Ticked '") && english.contains("Noted '") && !english.contains("Coché"), "\(english)")
        #expect(try accord.ok(["undo", "--lang", "fr"]).contains("Note sur « "))
    }

    @Test func deadlinesInFrench() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["edit", "uimm-ul", "--renewal", "1"])
        let due = try accord.run(["due", "--within", "3m"], env: french)
        #expect(due.status == 0)
        #expect(due.out.hasPrefix("JOUR") && due.out.contains("QUOI") && due.out.contains("préavis"), "\(due.out)")
        #expect(due.out.contains("14 nov. 2018 !"), "French dates: \(due.out)")
        let bad = try accord.run(["due", "--within", "bientôt"], env: french)
        #expect(bad.status == 2 && bad.err.contains("« bientôt » n'est pas une durée"), "\(bad.err)")
        let calendar = try accord.ok(["export", "--format", "ics", "--lang", "fr"])
        #expect(calendar.contains("SUMMARY:Dernier jour de préavis : UIMM Lorraine"))
        #expect(calendar.contains("X-WR-CALNAME:Accord — échéances des conventions"))
        let added = try accord.run(["add", "action", "--commitment", "ul-promotion", "--title", "Salon", "--repeat", "chaque année le 15 octobre",
                                    "--due", "2027-10-15"], env: french)
        #expect(added.status == 0, "\(added.err)")
        #expect(try accord.ok(["show", "salon"]).contains("every 1 year from 2027-10-15"))
        let refused = try accord.run(["add", "action", "--commitment", "ul-promotion", "--title", "X", "--repeat", "parfois"], env: french)
        #expect(refused.status == 1 && refused.err.contains("« parfois » n'est pas une périodicité"), "\(refused.err)")
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let result = try accord.run(["list", "agreements", "--lang", "de"])
        #expect(result.status == 2)
        #expect(result.err.contains("--lang 'de' is not a language Accord speaks; give fr or en."), "\(result.err)")
        let inFrench = try accord.run(["--lang", "de", "list"], env: french)
        #expect(inFrench.status == 2)
        #expect(inFrench.err.contains("--lang « de » n'est pas une langue d'Accord ; donnez fr ou en."), "\(inFrench.err)")
    }

    @Test func helpChangesAndErrorsInFrench() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let help = try accord.run(["--help"], env: french.merging(["COLUMNS": "200"]) { $1 })
        #expect(help.out.contains("Suivre les conventions de partenariat, leurs engagements et leurs actions."))
        #expect(help.out.contains("Lister les partenaires, conventions, engagements, actions ou catégories."))
        #expect(try accord.run(["report", "--help", "--lang", "fr"], env: ["COLUMNS": "200"]).out.contains("Un rapport pour un comité de suivi"))
        let tick = try accord.run(["tick", "uo-s2"], env: french)
        #expect(tick.out == "Coché « Suivre le nombre de stagiaires accueillis chez les adhérents » (uo-s2) — « accord undo » l'annule.\n",
                "\(tick.out)")
        let undo = try accord.run(["undo"], env: french)
        #expect(undo.out.hasPrefix("Annulé : Coché « Suivre"))
        let missing = try accord.run(["show", "nope"], env: french)
        #expect(missing.status == 1)
        #expect(missing.err.hasPrefix("accord: rien n'a l'identifiant « nope »"))
        let notAction = try accord.run(["tick", "upmc"], env: french)
        #expect(notAction.err.contains("« upmc » est un partenaire, pas une action"))
        let show = try accord.ok(["show", "upmc-opticsvalley", "--lang", "fr"])
        #expect(show.hasPrefix("Convention upmc-opticsvalley\nIntitulé :"))
        #expect(show.contains("Signée le :   18 nov. 2010"), "\(show)")
        #expect(show.contains("Statut :      en cours"))
        // Not a terminal: the text overview.
        let overview = try accord.ok(["--lang", "fr"])
        #expect(overview.contains("5 conventions, 30 partenaires, 13/56 actions faites."))
    }

    @Test func reportsInEachFormatAndJSONStaysEnglish() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let markdown = try accord.ok(["report", "--lang", "fr"])
        #expect(markdown.hasPrefix("# Conventions de partenariat — bilan au "))
        #expect(markdown.contains("**Signataires :**") && markdown.contains("| Catégorie | Faites | Total | Avancement |"))
        #expect(try accord.ok(["report", "--format", "html", "--lang", "fr"]).contains("<html lang=\"fr\">"))
        let csv = try accord.ok(["report", "--format", "csv", "--lang", "fr"])
        #expect(csv.hasPrefix("id_convention,convention,statut,signée,fin,catégorie,"))
        #expect(csv.contains(",Stages,") && csv.contains(",2010-11-18,"))
        // On a fixed day (ACCORD_NOW): the sample's UPMC agreement (2010, open-ended) is active then.
        let fixed = try accord.run(["report", "--format", "json", "--lang", "fr"], env: ["ACCORD_NOW": "2026-12-07"])
        #expect(fixed.status == 0, "\(fixed.err)")
        let json = fixed.out
        #expect(json.contains("\"standing\" : \"active\""), "\(json.prefix(400))")
        #expect(!json.contains("en cours") && !json.contains("\"Stages\"") && json.contains("\"Internships\""))
        let file = accord.home + "/bilan.md"
        #expect(try accord.ok(["report", "--output", file, "--lang", "fr"]).hasPrefix("Écrit \(file) : rapport markdown de 5 conventions."))
    }

    @Test func aBadImportFileIsExplainedInFrench() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/conventions.yaml"
        try "accord: 1\npartners:\n  - id: x\n    name: X\n    kind: université\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try accord.run(["import", file, "--lang", "fr"])
        #expect(result.status == 1)
        #expect(result.err.contains("conventions.yaml:5: partners[0].kind: « université » n'est pas permis (attendu : university,"), "\(result.err)")
        #expect(result.err.contains("Rien n'a été importé."))
    }

    @Test func everyCommandLinePhraseHasItsFrench() {
        let problems = PhraseAudit.problems(in: Phrases.command, named: "command") + PhraseAudit.problems(in: Phrases.help, named: "help")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theLanguageFlagIsReadBeforeParsing() {
        #expect(AccordMain.languageFlag(in: ["list", "--lang", "fr"]) == "fr")
        #expect(AccordMain.languageFlag(in: ["--lang=en", "list"]) == "en")
        #expect(AccordMain.languageFlag(in: ["note", "a1", "--", "--lang", "fr"]) == nil, "after -- it is text")
        #expect(AccordMain.languageFlag(in: ["list"]) == nil)
    }
}
