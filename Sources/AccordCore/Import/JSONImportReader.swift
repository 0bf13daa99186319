/// A JSON value read in place: where it starts in the file's bytes.
struct JSONImportNode {
    let offset: Int
}

/// Reads a JSON import file in place, with no tree in between: the document is checked once
/// (`root()`), then each mapping and list is read where it stands when `ImportDocument` asks
/// for it, and only the texts it keeps become strings. Lines are counted forward as items
/// are read in file order, so that every id knows its line without a pass per item.
final class JSONImportReader: ImportNodeReader {
    typealias Node = JSONImportNode
    let file: String
    private let bytes: [UInt8]
    /// Whether the document failed as JSON on a key without quotes, as YAML's flow style writes
    /// them (`{accord: 1}`): such a document is read as YAML instead.
    private(set) var mayBeYAML = false
    /// The last line asked for and where it starts: the next, further on, counts from there.
    private var lineMark = (offset: 0, line: 1)
    /// Deeper than this is no import file (the format nests seven levels): refused, not recursed into.
    static let deepest = 64

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The document's value, checked whole (syntax, escapes, nesting) and alone in the file.
    func root() throws(ImportError) -> Node {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        start = skipSpace(start)
        guard start < bytes.count else { throw ImportError(file: file, line: 0, key: nil, problem: Phrases.importing.empty.text) }
        let end = skipSpace(try skipValue(start, depth: 0))
        guard end == bytes.count else { throw syntax(Phrases.importing.jsonMoreAfterEnd.text, at: end) }
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
        return line
    }

    func isMapping(_ node: Node) -> Bool { bytes[node.offset] == UInt8(ascii: "{") }

    func mapping(_ node: Node, path: String, allowed: Set<String>) throws(ImportError) -> [String: Node] {
        guard bytes[node.offset] == UInt8(ascii: "{") else {
            throw fail(node, path, Phrases.importing.expectedMapping(["found": describe(node)]))
        }
        var result: [String: Node] = [:]
        var index = skipSpace(node.offset + 1)
        while bytes[index] != UInt8(ascii: "}") {
            let keyNode = Node(offset: index)
            let key = decodeString(index)
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                throw fail(keyNode, keyPath, Phrases.importing.unknownKey(["allowed": allowed.sorted().joined(separator: ", ")]))
            }
            if result[key] != nil { throw fail(keyNode, keyPath, Phrases.importing.keyTwice.text) }
            let value = skipSpace(skipSpace(try skipValue(index, depth: 0)) + 1)   // past the key and its ':'
            result[key] = Node(offset: value)
            index = skipSpace(try skipValue(value, depth: 0))
            if bytes[index] == UInt8(ascii: ",") { index = skipSpace(index + 1) }
        }
        return result
    }

    func sequence(_ node: Node?, path: String) throws(ImportError) -> [Node] {
        guard let node, !isNull(node), !isEmptyText(node) else { return [] }
        guard bytes[node.offset] == UInt8(ascii: "[") else {
            throw fail(node, path, Phrases.importing.expectedList(["found": describe(node)]))
        }
        var items: [Node] = []
        var index = skipSpace(node.offset + 1)
        while bytes[index] != UInt8(ascii: "]") {
            items.append(Node(offset: index))
            index = skipSpace(try skipValue(index, depth: 0))
            if bytes[index] == UInt8(ascii: ",") { index = skipSpace(index + 1) }
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
        let value = first == UInt8(ascii: "\"") ? decodeString(node.offset) : rawToken(node)
        if required && value.allSatisfy(\.isWhitespace) { throw fail(node, path, Phrases.importing.cannotBeEmpty.text) }
        return value
    }

    // MARK: - Reading in place

    private func isNull(_ node: Node) -> Bool { bytes[node.offset] == UInt8(ascii: "n") }

    private func isEmptyText(_ node: Node) -> Bool {
        bytes[node.offset] == UInt8(ascii: "\"") && bytes[node.offset + 1] == UInt8(ascii: "\"")
    }

    private func rawToken(_ node: Node) -> String {
        var end = node.offset
        while end < bytes.count, !Self.isDelimiter(bytes[end]) { end += 1 }
        return String(decoding: bytes[node.offset..<end], as: UTF8.self)
    }

    private func describe(_ node: Node) -> String {
        switch bytes[node.offset] {
        case UInt8(ascii: "{"): return Phrases.importing.aMapping.text
        case UInt8(ascii: "["): return Phrases.importing.aList.text
        case UInt8(ascii: "\""):
            let text = decodeString(node.offset)
            return text.isEmpty ? Phrases.core.nothing.text : "'\(text)'"
        default: return "'\(rawToken(node))'"
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }

    private func skipSpace(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index
    }

    private func syntax(_ detail: String, at offset: Int) -> ImportError {
        let clamped = min(offset, bytes.count)
        let lineStart = bytes[..<clamped].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let lineNumber = line(of: Node(offset: clamped))
        let column = String(decoding: bytes[lineStart..<clamped], as: UTF8.self).count + 1
        return ImportError(file: file, line: lineNumber, key: nil,
                           problem: Phrases.importing.jsonSyntax(["detail": detail, "column": String(column)]))
    }

    /// The end of the value starting at `start` (after its last byte), checking it as it goes.
    private func skipValue(_ start: Int, depth: Int) throws(ImportError) -> Int {
        guard start < bytes.count else { throw syntax(Phrases.importing.jsonEnds.text, at: start) }
        switch bytes[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[start] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            guard depth < Self.deepest else { throw syntax(Phrases.importing.jsonTooDeep(["most": Self.deepest]), at: start) }
            var index = skipSpace(start + 1)
            if index < bytes.count, bytes[index] == close { return index + 1 }
            while true {
                if close == UInt8(ascii: "}") {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                        mayBeYAML = true
                        throw syntax(Phrases.importing.jsonQuotedKey.text, at: index)
                    }
                    index = skipSpace(try skipString(index))
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                        throw syntax(Phrases.importing.jsonColonExpected.text, at: index)
                    }
                    index = skipSpace(index + 1)
                }
                index = skipSpace(try skipValue(index, depth: depth + 1))
                guard index < bytes.count else { throw syntax(Phrases.importing.jsonEnds.text, at: index) }
                if bytes[index] == close { return index + 1 }
                guard bytes[index] == UInt8(ascii: ",") else {
                    throw syntax(Phrases.importing.jsonCommaExpected(["close": String(UnicodeScalar(close))]), at: index)
                }
                index = skipSpace(index + 1)
            }
        case UInt8(ascii: "\""):
            return try skipString(start)
        default:
            var end = start
            while end < bytes.count, !Self.isDelimiter(bytes[end]) { end += 1 }
            let token = String(decoding: bytes[start..<end], as: UTF8.self)
            guard end > start else { throw syntax(Phrases.importing.jsonValueExpected.text, at: start) }
            guard ["true", "false", "null"].contains(token) || Self.isNumber(token) else {
                throw syntax(Phrases.importing.jsonNumber(["value": SafeText.escaped(String(token.prefix(40)))]), at: start)
            }
            return end
        }
    }

    /// JSON's number: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private static func isNumber(_ token: String) -> Bool {
        var rest = Substring(token)
        func digits() -> Int {
            let count = rest.prefix(while: { ("0"..."9").contains($0) }).count
            rest = rest.dropFirst(count)
            return count
        }
        if rest.first == "-" { rest = rest.dropFirst() }
        let leadingZero = rest.first == "0"
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { return false }
        if rest.first == "." { rest = rest.dropFirst(); guard digits() > 0 else { return false } }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return rest.isEmpty
    }

    /// The end of the string starting at `start` (its opening quote), its escapes checked.
    private func skipString(_ start: Int) throws(ImportError) -> Int {
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return index + 1 }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { break }
                let escape = bytes[index + 1]
                if escape == UInt8(ascii: "u") {
                    guard index + 5 < bytes.count, bytes[(index + 2)...(index + 5)].allSatisfy({ Self.hexValue($0) != nil }) else {
                        throw syntax(Phrases.importing.jsonBadEscape(["escape": "u"]), at: index)
                    }
                    index += 6
                    continue
                }
                guard Self.simpleEscapes[escape] != nil else {
                    throw syntax(Phrases.importing.jsonBadEscape(["escape": SafeText.escaped(String(decoding: [escape], as: UTF8.self))]), at: index)
                }
                index += 2
                continue
            }
            if byte < 0x20 && byte != 0x09 {
                let code = String(byte, radix: 16, uppercase: true)
                throw syntax(Phrases.importing.jsonRawControl(["code": String(repeating: "0", count: 4 - code.count) + code]), at: index)
            }
            index += 1
        }
        throw syntax(Phrases.importing.jsonUnclosedText.text, at: start)
    }

    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "/"): UInt8(ascii: "/"),
        UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The text of the string starting at `start` (checked by `root()` already); a lone
    /// surrogate, which no text can hold, reads as U+FFFD.
    private func decodeString(_ start: Int) -> String {
        var end = start + 1
        while bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if bytes[end] == UInt8(ascii: "\"") { return String(decoding: bytes[(start + 1)..<end], as: UTF8.self) }
        var out = Array(bytes[(start + 1)..<end])
        var index = end
        func hex4(_ at: Int) -> UInt32 { (at..<(at + 4)).reduce(0) { $0 << 4 | Self.hexValue(bytes[$1])! } }
        while bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] == UInt8(ascii: "\\") else { out.append(bytes[index]); index += 1; continue }
            let escape = bytes[index + 1]
            guard escape == UInt8(ascii: "u") else { out.append(Self.simpleEscapes[escape]!); index += 2; continue }
            var scalar = hex4(index + 2)
            index += 6
            if (0xD800..<0xDC00).contains(scalar), index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
               bytes[index + 1] == UInt8(ascii: "u"), case let low = hex4(index + 2), (0xDC00..<0xE000).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                index += 6
            }
            out.append(contentsOf: String(UnicodeScalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
