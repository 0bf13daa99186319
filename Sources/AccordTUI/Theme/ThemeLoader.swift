import AccordCore
import Yams

/// Reads a theme file (see themes/README.md):
///
/// ```yaml
/// name: default
/// description: Dark, on the terminal's own background
/// roles:
///   header: {fg: black, bg: cyan, bold: true}
///   overdue: {fg: "#d70000", bold: true}
/// ```
///
/// Roles left out take their look from `base`.
public enum ThemeLoader {
    static let styleKeys: Set<String> = ["fg", "bg", "bold", "underline", "dim", "reverse"]

    public static func parse(_ text: String, file: String, base: Theme? = nil) throws(ThemeError) -> Theme {
        func fail(_ node: Node?, _ key: String?, _ problem: String) -> ThemeError {
            ThemeError(file: file, line: node?.mark?.line ?? 0, key: key, problem: problem)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else { throw fail(nil, nil, Phrases.importing.empty.text) }
            root = composed
        } catch let error as ThemeError {
            throw error
        } catch let error as YamlError {
            let imported = ImportDocument.syntaxError(error, file: file, text: text)
            throw ThemeError(file: file, line: imported.line, key: nil, problem: imported.problem)
        } catch {
            throw fail(nil, nil, Phrases.importing.notYAML(["error": "\(error)"]))
        }
        guard case .mapping(let top) = root else { throw fail(root, nil, Phrases.dialog.themeNotMapping.text) }
        var name = ""
        var description = ""
        var frenchDescription: String?
        var styles = base?.styles ?? [:]
        for (keyNode, value) in top {
            let key = keyNode.string ?? ""
            switch key {
            case "name": name = value.string ?? ""
            case "description": description = value.string ?? ""
            case "description-fr": frenchDescription = value.string
            case "roles":
                guard case .mapping(let roles) = value else { throw fail(value, "roles", Phrases.dialog.themeRolesNotMapping.text) }
                for (roleNode, styleNode) in roles {
                    let roleKey = roleNode.string ?? ""
                    guard let role = Role(key: roleKey) else {
                        throw fail(roleNode, "roles.\(roleKey)", Phrases.dialog.themeUnknownRole(["roles": Role.allCases.map(\.key).joined(separator: ", ")]))
                    }
                    styles[role] = try style(styleNode, path: "roles.\(roleKey)", fail: fail)
                }
            default:
                throw fail(keyNode, key, Phrases.importing.unknownKey(["allowed": "name, description, description-fr, roles"]))
            }
        }
        if name.isEmpty { throw fail(root, "name", Phrases.importing.missing.text) }
        return Theme(name: name, description: description, frenchDescription: frenchDescription, styles: styles)
    }

    private static func style(_ node: Node, path: String,
                              fail: (Node?, String?, String) -> ThemeError) throws(ThemeError) -> RoleStyle {
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return RoleStyle() }
        guard case .mapping(let mapping) = node else { throw fail(node, path, Phrases.dialog.themeStyleNotMapping.text) }
        var style = RoleStyle()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let keyPath = "\(path).\(key)"
            guard styleKeys.contains(key) else {
                throw fail(keyNode, keyPath, Phrases.importing.unknownKey(["allowed": "fg, bg, bold, underline, dim, reverse"]))
            }
            let text = value.string ?? ""
            switch key {
            case "fg", "bg":
                guard let color = ColorMapping.parse(text) else {
                    throw fail(value, keyPath, Phrases.dialog.themeNotAColour(["value": text]))
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            default:
                guard let flag = ["true": true, "false": false, "yes": true, "no": false][text.lowercased()] else {
                    throw fail(value, keyPath, Phrases.dialog.themeNotABool(["value": text]))
                }
                switch key {
                case "bold": style.bold = flag
                case "underline": style.underline = flag
                case "dim": style.dim = flag
                default: style.reverse = flag
                }
            }
        }
        return style
    }
}
