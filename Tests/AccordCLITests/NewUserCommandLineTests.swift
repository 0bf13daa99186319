import Foundation
import Testing

/// The rough edges a new user met on the command line (issue 15, item 13), on the real binary.
@Suite(.serialized) struct NewUserCommandLineTests {
    @Test func importTakesStandardInputAndNamesADirectoryAsOne() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let folder = accord.home + "/files"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "partners:\n  - id: zed\n    name: Zed SA\n    kind: company\n".write(toFile: folder + "/zed.yaml", atomically: true, encoding: .utf8)

        let directory = try accord.run(["import", folder])
        #expect(directory.status == 1)
        #expect(directory.err.contains("is a directory; import one YAML or JSON file from it, e.g. 'accord import \(folder)/zed.yaml'"),
                "\(directory.err)")
        let missing = try accord.run(["import", folder + "/none.yaml"])
        #expect(missing.status == 1 && missing.err.contains("none.yaml: no such file. Nothing was imported."), "\(missing.err)")

        let piped = try accord.run(["import", "-"], stdin: folder + "/zed.yaml")
        #expect(piped.status == 0, "\(piped.err)")
        #expect(piped.out.hasPrefix("Imported standard input: 1 partner — 'accord undo' removes it."), "\(piped.out)")
        #expect(try accord.ok(["show", "zed"]).contains("Zed SA"))
    }

    /// `--version` names the version, and the commit when the build was given one
    /// (scripts/install; scripts/test-install checks that); completions come from the commands.
    @Test func versionAndCompletionsAreThere() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let version = try accord.run(["--version"])
        #expect(version.status == 0)
        #expect(version.out.range(of: #"^accord \d+\.\d+\.\d+ \((commit [0-9a-f]{7,}(-dirty)?|built without a commit: see scripts/install)\)\n$"#,
                                  options: .regularExpression) != nil, "\(version.out)")
        for shell in ["bash", "zsh", "fish"] {
            let script = try accord.run(["--generate-completion-script", shell])
            #expect(script.status == 0 && script.out.contains("tick") && script.out.contains("agreements"), "\(shell)")
        }
        #expect(!FileManager.default.fileExists(atPath: accord.data), "asking the version makes no data")
    }

    @Test func twoSentencesAreJoinedWithOnePeriod() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/bad.yaml"
        try "agreements:\n  - id: a1\n    title: X\n    signatories: [nope, upmc]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try accord.run(["import", file])
        #expect(result.status == 1)
        #expect(result.err.contains("names signatory 'nope', which does not exist. Nothing was imported."), "\(result.err)")
        for doubled in [".;", "..", ". .", ".)."] {
            #expect(!result.err.contains(doubled), "\(doubled) in \(result.err)")
        }
    }

    @Test func aNegativeTermAndAFutureDoneDayAreRefusedByTheirFieldNotTheParser() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let term = try accord.run(["add", "agreement", "--title", "T", "--signatories", "upmc,opticsvalley", "--term", "-1"])
        #expect(term.status == 1 && term.err.contains("--term: '-1' is not a number of years from 1 to 100."), "\(term.err)")
        let done = try accord.run(["edit", "uo-h1", "--done", "2099-01-01"])
        #expect(done.status == 1 && done.err.contains("--done: 2099-01-01 is in the future"), "\(done.err)")
        #expect(try accord.ok(["edit", "uo-h1", "--title", "-3 % de retards"]).contains("'-3 % de retards'"))
    }

    @Test func anEditThatChangesNothingSaysSoAndRecordsNothing() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["note", "upmc", "x"])
        let before = try accord.ok(["journal", "log"])
        let title = try accord.ok(["show", "uo-h1", "--json"])
        let sameTitle = try #require(title.components(separatedBy: "\"title\" : \"").dropFirst().first?.components(separatedBy: "\"").first)
        let edit = try accord.run(["edit", "uo-h1", "--title", sameTitle])
        #expect(edit.status == 0)
        #expect(edit.out.hasPrefix("Nothing changed: action 'uo-h1' already has these values."), "\(edit.out)")
        let note = try accord.run(["note", "upmc", "x"])
        #expect(note.status == 0 && note.out.hasPrefix("Nothing changed: the description of 'upmc' is already that text."), "\(note.out)")
        let after = try accord.ok(["journal", "log"])
        #expect(after == before, "nothing was journalled")
        #expect(try accord.ok(["undo"]).contains("Undid: Noted"))
    }

    @Test func anIDMadeUniqueByANumberIsSaid() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let first = try accord.ok(["add", "agreement", "--title", "Convention test", "--signatories", "upmc,opticsvalley"])
        #expect(!first.contains("Note:"))
        let second = try accord.ok(["add", "agreement", "--title", "Convention test", "--signatories", "upmc,opticsvalley"])
        #expect(second.contains("(convention-test-2)"))
        #expect(second.contains("Note: the id 'convention-test' was taken by an agreement 'Convention test', so this one is "
                                + "'convention-test-2' — if it is the same agreement added twice, 'accord undo' removes this one."), "\(second)")
    }

    @Test func countsOfOneAreSingular() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/one.yaml"
        try """
            agreements:
              - id: solo
                title: Solo
                signatories: [upmc, opticsvalley]
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try accord.ok(["import", file])
        #expect(imported.contains(": 1 agreement — "), "\(imported)")
        let log = try accord.ok(["journal", "log", "--limit", "1"])
        #expect(log.contains("Imported one.yaml (1 agreement)"), "\(log)")
        let report = try accord.ok(["report", "--agreement", "solo"])
        #expect(report.contains("1 agreement, 0 of 0 actions done"), "\(report)")
    }

    @Test func helpFitsEightyColumnsAndListsOnlyTheFlagsACommandTakes() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let commands: [[String]] = [[], ["list"], ["show"], ["tick"], ["add"], ["edit"], ["delete"], ["note"], ["report"],
                                    ["undo"], ["search"], ["import"], ["export"], ["generate"], ["journal", "log"], ["watch"], ["sync"], ["conflicts"], ["replica"], ["themes"],
                                    ["due"], ["renew"], ["open"]]
        for command in commands {
            let result = try accord.run(command + ["--help"], env: ["COLUMNS": "80"])
            #expect(result.status == 0)
            let help = result.out
            for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= 80, "\(command): \(line)")
                #expect(!line.hasPrefix("--"), "\(command): a flag list wrapped onto its own line: \(line)")
            }
        }
        let edit = try accord.ok(["edit", "--help"])
        #expect(!edit.contains("--id"), "edit cannot change an id")
        #expect(try accord.ok(["add", "--help"]).contains("--id <id>"))
    }

    @Test func generateNamesItsLimitAndWritesAFileThatImports() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        for count in ["0", "10000001"] {
            let refused = try accord.run(["generate", "--agreements", count])
            #expect(refused.status == 2 && refused.err.contains("--agreements must be from 1 to 10,000,000."), "\(refused.err)")
        }
        let file = accord.home + "/generated.json"
        let wrote = try accord.run(["generate", "--agreements", "3", "--format", "json", "--output", file])
        #expect(wrote.status == 0 && wrote.err.contains("Wrote \(file): 3 agreements with their partners"), "\(wrote.err)")
        let imported = try accord.run(["import", file], env: ["ACCORD_DATA": accord.home + "/other"])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("3 agreements"), "\(imported.out)")
    }
}

/// One standing for an agreement, in every output (issue 15, item 23).
@Suite(.serialized) struct AgreementStandingOutputTests {
    @Test func anExpiredAgreementReadsExpiredAndItsJSONSaysBoth() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let shown = try accord.ok(["show", "upec-gosb"])
        #expect(shown.contains("Status:       expired"), "\(shown)")
        let json = try accord.ok(["show", "upec-gosb", "--json"])
        #expect(json.contains(#""status" : "renewed""#), "the recorded status stays")
        #expect(json.contains(#""standing" : "expired""#), "\(json)")
        #expect(json.contains(#""daysLeft" : -"#))
        let list = try accord.ok(["list", "agreements", "--json"])
        #expect(list.components(separatedBy: #""standing" : "#).count == 6, "every agreement has its standing")
    }
}

/// Reports for a review board (issue 15, item 24).
@Suite(.serialized) struct ReportOptionTests {
    @Test func excelAndTheSeparatorOptionGiveCSVForFrenchSpreadsheets() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let excel = try accord.ok(["report", "--excel"])
        #expect(excel.hasPrefix("\u{FEFF}agreement_id;agreement;status;signed;ends;"), "CSV with ';' and a byte-order mark")
        let file = accord.home + "/report.csv"
        try accord.ok(["report", "--csv-separator", "tab", "--output", file])
        let tabbed = try String(contentsOfFile: file, encoding: .utf8)
        #expect(tabbed.hasPrefix("agreement_id\tagreement\tstatus\t"))
        let wrong = try accord.run(["report", "--csv-separator", "x"])
        #expect(wrong.status == 2 && wrong.err.contains("--csv-separator takes ',', ';', '|' or 'tab' (got 'x')."))
        let notCSV = try accord.run(["report", "--excel", "--format", "html"])
        #expect(notCSV.status == 2 && notCSV.err.contains("--excel and --csv-separator apply to CSV reports"))
    }

    @Test func theReportListsTheOverdueCommitmentTheOverviewListsAndTheSource() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let report = try accord.ok(["report", "--agreement", "upec-gosb"])
        #expect(report.contains("(commitment, 0/5 actions done)"), "UPEC's research commitment is overdue")
        #expect(report.contains("- **Source:** "))
    }
}
