import Yams

/// Reads a composed YAML node tree with the position of every value, so each
/// error names the file, the line and the key.
struct YAMLNodeReader {
    let file: String

    func line(of node: Node) -> Int { node.mark?.line ?? 0 }

    func fail(_ node: Node?, _ key: String?, _ problem: String) -> ImportError {
        ImportError(file: file, line: node.map(line(of:)) ?? 0, key: key, problem: problem)
    }

    /// The pairs of a mapping, refusing duplicate keys and keys outside `allowed`.
    func mapping(_ node: Node, path: String, allowed: Set<String>) throws(ImportError) -> [String: Node] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, path, Phrases.importing.expectedMapping(["found": describe(node)]))
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw fail(keyNode, path, Phrases.importing.plainKey.text) }
            let key = scalar.string
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                throw fail(keyNode, keyPath, Phrases.importing.unknownKey(["allowed": allowed.sorted().joined(separator: ", ")]))
            }
            if result[key] != nil { throw fail(keyNode, keyPath, Phrases.importing.keyTwice.text) }
            result[key] = value
        }
        return result
    }

    /// The items of a sequence (an absent key reads as none).
    func sequence(_ node: Node?, path: String) throws(ImportError) -> [Node] {
        guard let node else { return [] }
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return [] }
        guard case .sequence(let sequence) = node else {
            throw fail(node, path, Phrases.importing.expectedList(["found": describe(node)]))
        }
        return Array(sequence)
    }

    func text(_ node: Node?, path: String, required: Bool = false) throws(ImportError) -> String? {
        guard let node else {
            if required { throw ImportError(file: file, line: 0, key: path, problem: "missing") }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            throw fail(node, path, Phrases.importing.expectedText(["found": describe(node)]))
        }
        if required && scalar.string.allSatisfy(\.isWhitespace) { throw fail(node, path, Phrases.importing.cannotBeEmpty.text) }
        return scalar.string
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
            if case .mapping = item {
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

    private func describe(_ node: Node) -> String {
        let words = Phrases.importing
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? Phrases.core.nothing.text : "'\(scalar.string)'"
        case .mapping: return words.aMapping.text
        case .sequence: return words.aList.text
        case .alias: return words.anAlias.text
        }
    }
}
