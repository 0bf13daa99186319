/// What `ImportDocument` needs of a parsed file: mappings, lists and texts, each with the line
/// it stands on. YAML is read through Yams' node tree (`YAMLNodeReader`); JSON in place, a node
/// being where its value starts in the bytes (`JSONImportReader`). The checks every format
/// shares — ids, days, numbers, choices, links, rules — are written once, below.
protocol ImportNodeReader {
    associatedtype Node
    var file: String { get }
    func line(of node: Node) -> Int
    /// The pairs of a mapping, refusing duplicate keys and keys outside `allowed`.
    func mapping(_ node: Node, path: String, allowed: Set<String>) throws(ImportError) -> [String: Node]
    /// The items of a list (an absent key, an empty value or null reads as none).
    func sequence(_ node: Node?, path: String) throws(ImportError) -> [Node]
    /// A scalar as text; a mapping or a list is refused, naming what was found.
    func text(_ node: Node?, path: String, required: Bool) throws(ImportError) -> String?
    func isMapping(_ node: Node) -> Bool
}

extension ImportNodeReader {
    func fail(_ node: Node?, _ key: String?, _ problem: String) -> ImportError {
        ImportError(file: file, line: node.map(line(of:)) ?? 0, key: key, problem: problem)
    }

    func text(_ node: Node?, path: String) throws(ImportError) -> String? {
        try text(node, path: path, required: false)
    }

    func requiredText(_ fields: [String: Node], _ key: String, path: String, parent: Node) throws(ImportError) -> String {
        guard let node = fields[key] else { throw fail(parent, "\(path).\(key)", Phrases.importing.missing.text) }
        return try text(node, path: "\(path).\(key)", required: true)!
    }

    func id(_ fields: [String: Node], _ key: String, path: String, parent: Node) throws(ImportError) -> String {
        let value = try requiredText(fields, key, path: path, parent: parent)
        if let problem = ItemID.problem(with: value) {
            throw fail(fields[key], "\(path).\(key)", Phrases.importing.invalidID(["value": value, "problem": problem]))
        }
        return value
    }

    func day(_ node: Node?, path: String) throws(ImportError) -> Day? {
        guard let value = try text(node, path: path), !value.isEmpty else { return nil }
        guard let day = Day(value) else { throw fail(node, path, Phrases.importing.notADate(["value": value])) }
        return day
    }

    func int(_ node: Node?, path: String) throws(ImportError) -> Int? {
        guard let value = try text(node, path: path), !value.isEmpty else { return nil }
        guard let number = Int(value) else { throw fail(node, path, Phrases.importing.notANumber(["value": value])) }
        return number
    }

    func idList(_ node: Node?, path: String) throws(ImportError) -> [String] {
        var ids: [String] = []
        for (index, item) in try sequence(node, path: path).enumerated() {
            let value = try text(item, path: "\(path)[\(index)]", required: true)!
            if let problem = ItemID.problem(with: value) {
                throw fail(item, "\(path)[\(index)]", Phrases.importing.invalidID(["value": value, "problem": problem]))
            }
            ids.append(value)
        }
        return ids
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node?, path: String, as type: T.Type) throws(ImportError) -> T? where T.RawValue == String {
        guard let value = try text(node, path: path), !value.isEmpty else { return nil }
        guard let result = T(rawValue: value) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(node, path, Phrases.importing.notAllowed(["value": value, "allowed": allowed]))
        }
        return result
    }

    /// Links: each a text (`label <target>` or a bare target) or a mapping with `target` and `label`.
    func links(_ node: Node?, path: String) throws(ImportError) -> [ItemLink] {
        var links: [ItemLink] = []
        for (index, item) in try sequence(node, path: path).enumerated() {
            let itemPath = "\(path)[\(index)]"
            if isMapping(item) {
                let fields = try mapping(item, path: itemPath, allowed: ["target", "label"])
                links.append(ItemLink(target: try requiredText(fields, "target", path: itemPath, parent: item),
                                      label: try text(fields["label"], path: "\(itemPath).label") ?? ""))
            } else if let link = ItemLink(typed: try text(item, path: itemPath, required: true)!) {
                links.append(link)
            }
        }
        return links
    }

    /// A recurrence as `RecurrenceInput` reads it, starting from `due` when it names no start.
    func recurrence(_ node: Node?, due: Day?, path: String) throws(ImportError) -> Recurrence? {
        guard let value = try text(node, path: path), !value.isEmpty else { return nil }
        do {
            return try RecurrenceInput.parse(value, due: due, today: nil)
        } catch {
            throw fail(node, path, error.description)
        }
    }
}
