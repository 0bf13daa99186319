import AccordCore
import Foundation
import Yams

/// `$XDG_CONFIG_HOME/accord/config.yaml` (else `~/.config/accord/config.yaml`):
///
/// ```yaml
/// theme: solarized-dark   # a theme name or a path to a theme file
/// mouse: false            # true by default
/// language: fr            # fr or en; by default from LANGUAGE, LC_ALL, LC_MESSAGES, LANG
/// accessible: true        # as --accessible: for screen readers and braille displays
/// ```
struct AppConfig {
    var theme: String?
    var mouse: Bool?
    var language: String?
    var accessible: Bool?

    /// The config folder; its `themes/` holds the user's own themes.
    static func directory(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/accord" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/accord"
    }

    static func path(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        directory(environment) + "/config.yaml"
    }

    /// The config, and what was wrong with the file, if anything (the rest still applies).
    static func load(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> (AppConfig, String?) {
        let file = path(environment)
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            return (AppConfig(), nil)
        }
        var config = AppConfig()
        do {
            guard let root = try Yams.compose(yaml: text) else { return (config, nil) }
            guard case .mapping(let mapping) = root else { return (config, Phrases.command.configNotMapping(["file": file])) }
            for (key, value) in mapping {
                let line = key.mark?.line ?? 0
                switch key.string {
                case "theme": config.theme = value.string
                case "language":
                    guard let text = value.string, text.lowercased() == "auto" || Language(code: text) != nil else {
                        return (config, Phrases.command.configLanguage(["place": "\(file):\(line)", "value": value.string ?? ""]))
                    }
                    config.language = text
                case "mouse", "accessible":
                    guard let flag = ["true": true, "false": false, "yes": true, "no": false, "on": true, "off": false][value.string?.lowercased() ?? ""] else {
                        return (config, Phrases.command.configFlag(["place": "\(file):\(line)", "key": key.string ?? "", "value": value.string ?? ""]))
                    }
                    if key.string == "mouse" { config.mouse = flag } else { config.accessible = flag }
                default:
                    return (config, Phrases.command.configUnknownKey(["place": "\(file):\(line)", "key": key.string ?? ""]))
                }
            }
        } catch let error as YamlError {
            return (config, ImportDocument.syntaxError(error, file: file, text: text).description)
        } catch {
            return (config, "\(file): \(error)")
        }
        return (config, nil)
    }

    /// Writes the file (folder 0700, file 0600), replacing it atomically.
    func save(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let folder = Self.directory(environment)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var text = "# Accord settings (see README). Written by accord when you press t or L.\n"
        if let theme { text += "theme: \(try Yams.dump(object: theme).trimmingCharacters(in: .whitespacesAndNewlines))\n" }
        if let mouse { text += "mouse: \(mouse)\n" }
        if let language { text += "language: \(language)\n" }
        if let accessible { text += "accessible: \(accessible)\n" }
        let temp = Self.path(environment) + ".tmp"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CLIError(Phrases.command.cannotWriteFile(["path": temp]))
        }
        if rename(temp, Self.path(environment)) != 0 { throw CLIError(Phrases.command.cannotReplaceFile(["path": Self.path(environment)])) }
    }
}
