import Yams

/// Reads a composed YAML node tree with the position of every value, so each
/// error names the file, the line and the key.
struct YAMLNodeReader: ImportNodeReader {
    let file: String

    func line(of node: Node) -> Int { node.mark?.line ?? 0 }

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

    func text(_ node: Node?, path: String, required: Bool) throws(ImportError) -> String? {
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

    func isMapping(_ node: Node) -> Bool {
        if case .mapping = node { return true }
        return false
    }

    func describe(_ node: Node) -> String {
        let words = Phrases.importing
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? Phrases.core.nothing.text : "'\(scalar.string)'"
        case .mapping: return words.aMapping.text
        case .sequence: return words.aList.text
        case .alias: return words.anAlias.text
        }
    }
}
