import Foundation
import Testing
import AccordCore
@testable import AccordTUI

@Suite struct ThemeTests {
    @Test func everyBuiltInThemeSaysWhatItIsForInBothLanguages() {
        for theme in ThemeCatalog.builtIn {
            let french = Language.$current.withValue(.fr) { theme.localizedDescription }
            #expect(!theme.description.isEmpty && theme.frenchDescription != nil && french != theme.description, "\(theme.name)")
            #expect(Language.$current.withValue(.en) { theme.localizedDescription } == theme.description)
        }
    }

    @Test func theBuiltInThemesAreTheFilesAndSetEveryRole() throws {
        let names = ThemeCatalog.builtIn.map(\.name)
        #expect(names == ["default", "gruvbox", "high-contrast", "light", "monochrome", "solarized-dark"])
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes").standardized
        for (file, text) in ThemeCatalog.embedded {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent), encoding: .utf8)
            #expect(onDisk == text + "\n" || onDisk == text, "\(file) changed: run scripts/embed-resources")
            // Each shipped theme spells out every role (none silently inherited).
            let bare = try ThemeLoader.parse(text, file: file)
            #expect(Set(bare.styles.keys) == Set(Role.allCases), "\(file) lacks \(Set(Role.allCases).subtracting(bare.styles.keys))")
        }
        #expect(Theme.monochrome.styles.values.allSatisfy { $0.isColorless })
    }

    @Test func everyRoleIsDocumented() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes/README.md").standardized
        let text = try String(contentsOf: readme, encoding: .utf8)
        for role in Role.allCases { #expect(text.contains("`\(role.key)`"), "themes/README.md lacks \(role.key)") }
    }

    @Test(arguments: [
        ("cyan", TermColor.basic(6)), ("bright-red", .indexed(9)), ("grey", .indexed(8)), ("default", .terminalDefault),
        ("214", .indexed(214)), ("3", .basic(3)), ("#ff0000", .indexed(196)), ("#000000", .indexed(16)),
        ("#ffffff", .indexed(231)), ("#808080", .indexed(244)), ("#FFAF00", .indexed(214)),
    ])
    func colourNamesIndexesAndHex(text: String, expected: TermColor) {
        #expect(ColorMapping.parse(text) == expected)
    }

    @Test(arguments: ["purple", "256", "-1", "#12345", "#gggggg", ""])
    func badColours(text: String) {
        #expect(ColorMapping.parse(text) == nil)
    }

    @Test func fallbackTo8ColoursPicksTheNearest() {
        #expect(ColorMapping.number(.indexed(196), colors: 256) == 196)
        #expect(ColorMapping.number(.indexed(196), colors: 8) == 1, "bright red → red")
        #expect(ColorMapping.number(.indexed(25), colors: 8) == 4, "a dark blue → blue")
        #expect(ColorMapping.number(.indexed(28), colors: 8) == 2, "a green → green")
        #expect(ColorMapping.number(.indexed(12), colors: 8) == 4, "bright blue → blue")
        #expect(ColorMapping.number(.indexed(12), colors: 16) == 12)
        #expect(ColorMapping.number(.indexed(255), colors: 8) == 7, "near white → white")
        #expect(ColorMapping.number(.indexed(234), colors: 8) == 0, "near black → black")
        #expect(ColorMapping.number(.terminalDefault, colors: 256) == -1, "the terminal's own background is kept")
        #expect(ColorMapping.number(.basic(3), colors: 8) == 3)
    }

    /// (what is wrong, the file, line, key, a word of the problem)
    static let badThemes: [(String, String, Int, String?, String)] = [
        // Found at the end of the stream: named on the last line that has text, not the one after it.
        ("bad YAML", "name: x\nroles:\n  header: {fg: cyan\n", 3, nil, "not valid YAML"),
        ("unknown role", "name: x\nroles:\n  hedaer: {fg: cyan}\n", 3, "roles.hedaer", "unknown role"),
        ("bad colour", "name: x\nroles:\n  header:\n    fg: purple\n", 4, "roles.header.fg", "'purple' is not a colour"),
        ("bad flag", "name: x\nroles:\n  header: {bold: maybe}\n", 3, "roles.header.bold", "not true or false"),
        ("unknown style key", "name: x\nroles:\n  header: {colour: red}\n", 3, "roles.header.colour", "unknown key"),
        ("unknown top key", "name: x\ncolours: {}\n", 2, "colours", "unknown key"),
        ("no name", "roles: {}\n", 1, "name", "missing"),
        ("empty", "", 0, nil, "empty"),
    ]

    @Test(arguments: badThemes)
    func badThemesNameFileLineAndKey(what: String, text: String, line: Int, key: String?, problem: String) {
        let error = #expect(throws: ThemeError.self, "\(what)") { try ThemeLoader.parse(text, file: "bad.yaml") }
        #expect(error?.file == "bad.yaml")
        #expect(error?.line == line, "\(what): \(error?.description ?? "")")
        #expect(error?.key == key, "\(what): \(error?.description ?? "")")
        #expect(error?.description.contains(problem) == true, "\(what): \(error?.description ?? "")")
    }

    @Test func userThemesAddToTheBuiltInOnesAndBadOnesAreReported() throws {
        let folder = NSTemporaryDirectory() + "accord-themes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "name: mine\nroles:\n  header: {fg: \"#ff8700\"}\n".write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
        try "name: broken\nroles:\n  header: {fg: nope}\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(userDirectory: folder)
        let mine = try #require(catalog.named("mine"))
        #expect(mine.style(.header).foreground == .indexed(208))
        #expect(mine.style(.overdue) == Theme.defaultDark.style(.overdue), "roles left out look as in the default theme")
        #expect(catalog.names.count == 7)
        #expect(catalog.problems.map(\.description) == ["\(folder)/broken.yaml:3: roles.header.fg: 'nope' is not a colour (a name like cyan or bright-red, 0–255, #rrggbb, or default)"])
        #expect(catalog.resolve("mine").theme.name == "mine")
        let unknown = catalog.resolve("neon")
        #expect(unknown.theme.name == "default" && unknown.problem?.contains("No theme named 'neon'") == true)
        let badPath = catalog.resolve(folder + "/broken.yaml")
        #expect(badPath.theme.name == "default" && badPath.problem?.contains("broken.yaml:3: roles.header.fg") == true)
        #expect(catalog.resolve(folder + "/mine.yaml").theme.name == "mine")
    }

    @Test func tCyclesThemesAndTheLoopAppliesAndRemembersThem() {
        let d = DashboardFixture.dashboard()
        #expect(d.theme.name == "default")
        var remembered: [String] = []
        let backend = MemoryBackend(width: 80, height: 24, keys: [.character("t"), .character("t"), .character("j")])
        DashboardLoop.run(d, on: backend) { theme in
            remembered.append(theme.name)
            return nil
        }
        #expect(d.theme.name == "high-contrast")
        #expect(backend.themes == ["gruvbox", "high-contrast"])
        #expect(remembered == ["gruvbox", "high-contrast"])
        let e = DashboardFixture.dashboard()
        for _ in ThemeCatalog.builtIn { e.press(.character("t")) }
        #expect(e.theme.name == "default", "t wraps around")
        #expect(e.message?.text.hasPrefix("Theme: default") == true)
    }
}
