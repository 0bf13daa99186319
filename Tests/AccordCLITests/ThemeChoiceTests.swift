import Foundation
import Testing
@testable import AccordCLI

@Suite(.serialized) struct ThemeChoiceTests {
    private func chosen(_ out: String) -> String? {
        out.split(separator: "\n").first { $0.hasPrefix("* ") }.map { String($0.dropFirst(2).prefix { $0 != " " }) }
    }

    @Test func flagBeatsEnvironmentBeatsConfig() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        #expect(chosen(try accord.ok(["themes"])) == "default")
        let config = accord.home + "/.config/accord"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "theme: solarized-dark\nmouse: false\n".write(toFile: config + "/config.yaml", atomically: true, encoding: .utf8)
        #expect(chosen(try accord.ok(["themes"])) == "solarized-dark")
        #expect(chosen(try accord.run(["themes"], env: ["ACCORD_THEME": "gruvbox"]).out) == "gruvbox")
        let environment = ["HOME": accord.home, "ACCORD_THEME": "gruvbox"]
        let (settings, _) = AppConfig.load(environment)
        #expect(settings.theme == "solarized-dark" && settings.mouse == false)
        #expect(ThemeChoice(flag: "light", config: settings, configProblem: nil, environment: environment).theme.name == "light")
        #expect(ThemeChoice(flag: nil, config: settings, configProblem: nil, environment: environment).theme.name == "gruvbox")
        let listing = try accord.ok(["themes"])
        for name in ["default", "light", "high-contrast", "monochrome", "solarized-dark", "gruvbox"] {
            #expect(listing.contains(name))
        }
        #expect(!listing.contains("\u{1B}["), "no colour codes when not on a terminal")
    }

    @Test func badSettingsAndThemesAreReportedAndTheDefaultIsUsed() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let config = accord.home + "/.config/accord"
        try FileManager.default.createDirectory(atPath: config + "/themes", withIntermediateDirectories: true)
        try "theme: neon\ncolour: red\n".write(toFile: config + "/config.yaml", atomically: true, encoding: .utf8)
        try "name: mine\nroles:\n  hedaer: {fg: red}\n".write(toFile: config + "/themes/mine.yaml", atomically: true, encoding: .utf8)
        let result = try accord.run(["themes"])
        #expect(result.status == 0)
        #expect(chosen(result.out) == "default")
        #expect(result.err.contains("config.yaml:2: colour: unknown key (expected theme, mouse, language)"))
        #expect(result.err.contains("mine.yaml:3: roles.hedaer: unknown role"))
    }
}
