/// A JSON value read in place: where it starts in the file's bytes.
struct JSONImportNode {
    let offset: Int
}

/// Reads a JSON import file in place, with no tree in between: the document is checked once
/// (`root()`), then each mapping and list is read where it stands when `ImportDocument` asks
/// for it, and only the texts it keeps become strings — all through the journals' reader
/// (`JSONPullReader`), its errors said in the reader's language with their line and column.
/// Lines are counted forward as items are read in file order, so that every id knows its line
/// without a pass per item.
final class JSONImportReader: ImportNodeReader {
    typealias Node = JSONImportNode
    let file: String
    /// The file's bytes, held for the reader's life: every read starts where a node is, with no copy.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Whether the document failed as JSON on a key without quotes, as YAML's flow style writes
    /// them (`{accord: 1}`): such a document is read as YAML instead.
    private(set) var mayBeYAML = false
    /// The last line asked for and where it starts: the next, further on, counts from there.
    private var lineMark = (offset: 0, line: 1)
    /// Told how far reading has got, every 256 KiB or so (items are read in file order).
    var progress: ((Int) -> Void)?
    private var nextProgress = 1 << 18
    /// Deeper than this is no import file (the format nests seven levels): refused, not recursed into.
    static let deepest = 64

    init(bytes: [UInt8], file: String) {
        self.bytes = .allocate(capacity: bytes.count)
        _ = self.bytes.initialize(from: bytes)
        self.file = file
    }

    deinit {
        bytes.deallocate()
    }

    /// The document's value, checked whole (syntax, escapes, nesting) and alone in the file.
    func root() throws(ImportError) -> Node {
        var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while start < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { throw ImportError(file: file, line: 0, key: nil, problem: Phrases.importing.empty.text) }
        try read(at: start) { reader throws(JSONPullReader.SyntaxError) in
            try reader.skip()
            reader.skipSpace()
            if reader.offset < self.bytes.count { throw reader.fail("more after the end", .textAfterTheValue) }
        }
        return Node(offset: start)
    }

    func line(of node: Node) -> Int {
        if node.offset < lineMark.offset { lineMark = (0, 1) }
        var line = lineMark.line
        var index = lineMark.offset
        while index < node.offset {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        lineMark = (node.offset, line)
        if node.offset >= nextProgress, let progress {
            progress(node.offset)
            nextProgress = node.offset + (1 << 18)
        }
        return line
    }

    func isMapping(_ node: Node) -> Bool { bytes[node.offset] == UInt8(ascii: "{") }

    func mapping(_ node: Node, path: String, allowed: Set<String>) throws(ImportError) -> [String: Node] {
        guard isMapping(node) else { throw fail(node, path, Phrases.importing.expectedMapping(["found": describe(node)])) }
        var fields: [(key: String, value: Node)] = []
        try read(at: node.offset) { reader throws(JSONPullReader.SyntaxError) in
            try reader.object { key, reader throws(JSONPullReader.SyntaxError) in
                reader.skipSpace()
                fields.append((key, Node(offset: reader.offset)))
                try reader.skip()
            }
        }
        var result: [String: Node] = [:]
        for (key, value) in fields {
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                throw fail(value, keyPath, Phrases.importing.unknownKey(["allowed": allowed.sorted().joined(separator: ", ")]))
            }
            if result[key] != nil { throw fail(value, keyPath, Phrases.importing.keyTwice.text) }
            result[key] = value
        }
        return result
    }

    func sequence(_ node: Node?, path: String) throws(ImportError) -> [Node] {
        guard let node, !isNull(node), !isEmptyText(node) else { return [] }
        guard bytes[node.offset] == UInt8(ascii: "[") else {
            throw fail(node, path, Phrases.importing.expectedList(["found": describe(node)]))
        }
        var items: [Node] = []
        try read(at: node.offset) { reader throws(JSONPullReader.SyntaxError) in
            try reader.array { reader throws(JSONPullReader.SyntaxError) in
                reader.skipSpace()
                items.append(Node(offset: reader.offset))
                try reader.skip()
            }
        }
        return items
    }

    /// A text; a number or `true` as it is written; `null` as absent.
    func text(_ node: Node?, path: String, required: Bool) throws(ImportError) -> String? {
        guard let node, !isNull(node) else {
            if required { throw fail(node, path, Phrases.importing.missing.text) }
            return nil
        }
        let first = bytes[node.offset]
        guard first != UInt8(ascii: "{"), first != UInt8(ascii: "[") else {
            throw fail(node, path, Phrases.importing.expectedText(["found": describe(node)]))
        }
        let value = try token(node)
        if required && value.allSatisfy(\.isWhitespace) { throw fail(node, path, Phrases.importing.cannotBeEmpty.text) }
        return value
    }

    // MARK: - Reading in place

    private func isNull(_ node: Node) -> Bool { bytes[node.offset] == UInt8(ascii: "n") }

    private func isEmptyText(_ node: Node) -> Bool {
        bytes[node.offset] == UInt8(ascii: "\"") && bytes[node.offset + 1] == UInt8(ascii: "\"")
    }

    /// The text, or the number, `true` or `false` as written, at `node` (checked by `root()`).
    private func token(_ node: Node) throws(ImportError) -> String {
        try read(at: node.offset) { reader throws(JSONPullReader.SyntaxError) in
            self.bytes[node.offset] == UInt8(ascii: "\"") ? try reader.string() : try reader.scalar()
        }
    }

    private func describe(_ node: Node) -> String {
        switch bytes[node.offset] {
        case UInt8(ascii: "{"): return Phrases.importing.aMapping.text
        case UInt8(ascii: "["): return Phrases.importing.aList.text
        default:
            let text = (try? token(node)) ?? ""
            return text.isEmpty ? Phrases.core.nothing.text : "'\(text)'"
        }
    }

    /// Runs `body` on the journals' reader placed at `offset` (a lone surrogate read as U+FFFD);
    /// a syntax error is said with its line and column.
    private func read<T>(at offset: Int, _ body: (inout JSONPullReader) throws(JSONPullReader.SyntaxError) -> T) throws(ImportError) -> T {
        var reader = JSONPullReader(UnsafeBufferPointer(bytes), at: offset)
        reader.replacesLoneSurrogates = true
        do {
            return try body(&reader)
        } catch {
            throw syntax(error)
        }
    }

    private func syntax(_ error: JSONPullReader.SyntaxError) -> ImportError {
        let words = Phrases.importing
        let detail: String
        switch error.kind {
        case .endsEarly: detail = words.jsonEnds.text
        case .other: detail = error.problem
        case .tooDeep: detail = words.jsonTooDeep(["most": Self.deepest])
        case .keyNotQuoted:
            mayBeYAML = true
            detail = words.jsonQuotedKey.text
        case .colonExpected: detail = words.jsonColonExpected.text
        case .textAfterTheValue: detail = words.jsonMoreAfterEnd.text
        case .unclosedText: detail = words.jsonUnclosedText.text
        case .commaExpected(let close): detail = words.jsonCommaExpected(["close": String(close)])
        case .notAValue(let token): detail = token.isEmpty ? words.jsonValueExpected.text : words.jsonNumber(["value": SafeText.escaped(token)])
        case .badEscape(let escape): detail = words.jsonBadEscape(["escape": SafeText.escaped(escape)])
        case .rawControl(let byte):
            let code = String(byte, radix: 16, uppercase: true)
            detail = words.jsonRawControl(["code": String(repeating: "0", count: 4 - code.count) + code])
        }
        let clamped = min(error.offset, bytes.count)
        let lineStart = bytes[..<clamped].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<clamped], as: UTF8.self).count + 1
        return ImportError(file: file, line: line(of: Node(offset: clamped)), key: nil,
                           problem: words.jsonSyntax(["detail": detail, "column": String(column)]))
    }
}
