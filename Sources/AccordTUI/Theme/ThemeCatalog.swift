import AccordCore
import Foundation

/// The themes to choose from: the built-in ones (embedded from themes/), then
/// those in the config folder's `themes/` (which may replace a built-in one by name).
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme]
    /// Theme files that could not be loaded, with why.
    public private(set) var problems: [ThemeError] = []

    /// The built-in themes, default first.
    public static let builtIn: [Theme] = {
        let base = try! ThemeLoader.parse(embedded.first { $0.file.hasSuffix("/default.yaml") }!.text, file: "themes/default.yaml")
        let others = embedded.filter { !$0.file.hasSuffix("/default.yaml") }.map { try! ThemeLoader.parse($0.text, file: $0.file, base: base) }
        return [base] + others.sorted { $0.name < $1.name }
    }()

    /// The built-in themes plus every `*.yaml` in `userDirectory`.
    public init(userDirectory: String?) {
        themes = Self.builtIn
        guard let userDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) else { return }
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            do {
                let theme = try Self.load(path: userDirectory + "/" + name)
                themes.removeAll { $0.name == theme.name }
                themes.append(theme)
            } catch {
                problems.append(error)
            }
        }
    }

    public var names: [String] { themes.map(\.name) }

    public func named(_ name: String) -> Theme? { themes.first { $0.name == name } }

    /// Loads a theme file; roles it leaves out look as in the default theme.
    public static func load(path: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, line: 0, key: nil, problem: Phrases.dialog.themeUnreadable.text)
        }
        return try ThemeLoader.parse(text, file: path, base: Theme.defaultDark)
    }

    /// The theme for `--theme`/`ACCORD_THEME`/config: a name in the catalog, or a path to a file.
    /// A bad choice gives the default theme and the reason.
    public func resolve(_ choice: String?) -> (theme: Theme, problem: String?) {
        guard let choice, !choice.isEmpty else { return (Theme.defaultDark, nil) }
        if let theme = named(choice) { return (theme, nil) }
        if choice.contains("/") || choice.hasSuffix(".yaml") || choice.hasSuffix(".yml") {
            do {
                return (try Self.load(path: choice), nil)
            } catch {
                return (Theme.defaultDark, Phrases.dialog.themeError(["error": "\(error)"]))
            }
        }
        return (Theme.defaultDark, Phrases.dialog.noSuchTheme(["name": choice, "known": names.joined(separator: ", ")]))
    }
}
