/// Encodes an export entry as block YAML in the style Yams writes (keys in their coding order,
/// a list's items at its key's indent), straight to text: Yams' encoder builds a node tree and
/// runs libyaml's emitter for every entry, which made `accord generate` of 100k actions take
/// seven seconds. A text is written plain when YAML reads it back as that same text, in single
/// quotes when it only looks like something else (a number, a date, `yes`, `- x`), and in double
/// quotes with escapes when it holds characters that cannot stand raw (controls, line breaks).
enum YAMLBlockEncoder {
    /// An encoded value, before it is written out.
    indirect enum Value {
        case scalar(String)
        case mapping([(key: String, value: Value)])
        case sequence([Value])
    }

    /// `value` as one list item at the left margin (`- key: …`), as `ExportWriter` writes entries.
    static func listItem(_ value: some Encodable) throws -> String {
        var out = ""
        write(item: try encode(value), indent: 0, into: &out)
        return out
    }

    static func encode(_ value: some Encodable) throws -> Value {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        return encoder.storage.value ?? .scalar("")
    }

    private static func write(item: Value, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch item {
        case .scalar(let text):
            out += pad + "- " + text + "\n"
        case .mapping(let pairs) where !pairs.isEmpty:
            var nested = ""
            write(pairs, indent: indent + 2, into: &nested)
            out += pad + "- " + nested.dropFirst(indent + 2)
        case .sequence(let items) where !items.isEmpty:
            out += pad + "-\n"
            for item in items { write(item: item, indent: indent + 2, into: &out) }
        case .mapping: out += pad + "- {}\n"
        case .sequence: out += pad + "- []\n"
        }
    }

    private static func write(_ pairs: [(key: String, value: Value)], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (key, value) in pairs {
            switch value {
            case .scalar(let text):
                out += pad + key + ": " + text + "\n"
            case .mapping(let nested) where !nested.isEmpty:
                out += pad + key + ":\n"
                write(nested, indent: indent + 2, into: &out)
            case .sequence(let items) where !items.isEmpty:
                out += pad + key + ":\n"
                for item in items { write(item: item, indent: indent, into: &out) }
            case .mapping: out += pad + key + ": {}\n"
            case .sequence: out += pad + key + ": []\n"
            }
        }
    }

    // MARK: - Texts

    /// `text` as a YAML scalar that reads back as exactly `text`.
    static func scalar(_ text: String) -> String {
        if text.unicodeScalars.contains(where: needsEscape) { return doubleQuoted(text) }
        return isPlain(text) ? text : "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF
    }

    /// Plain when nothing in it means something else to YAML: no indicator first, no `: ` or ` #`,
    /// no space at either end, not a word YAML 1.1 reads as a boolean or null, not number-like.
    private static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` \t".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        if ("0"..."9").contains(first) || first == "." || first == "+" || first == "<" || first == "=" { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        return !["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"].contains(text.lowercased())
    }

    private static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                guard needsEscape(scalar) else { out.unicodeScalars.append(scalar); continue }
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out + "\""
    }
}

// MARK: - The Encoder

/// Where one encoded value lands: set once by a single-value container, or grown by a keyed or unkeyed one.
private final class ValueBox {
    var value: YAMLBlockEncoder.Value?
}

private struct TreeEncoder: Encoder {
    let storage = ValueBox()
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if storage.value == nil { storage.value = .mapping([]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: storage))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if storage.value == nil { storage.value = .sequence([]) }
        return UnkeyedContainer(box: storage)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(box: storage) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ValueBox
    var codingPath: [CodingKey] = []

    private func add(_ key: Key, _ value: YAMLBlockEncoder.Value) {
        guard case .mapping(var pairs) = box.value else { return }
        box.value = nil   // the list alone holds its storage: appended in place, not copied each time
        pairs.append((key.stringValue, value))
        box.value = .mapping(pairs)
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, .scalar("null")) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, .scalar(value ? "true" : "false")) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, .scalar(YAMLBlockEncoder.scalar(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, .scalar(String(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { add(key, try YAMLBlockEncoder.encode(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        fatalError("the export entries nest only through encode(_:forKey:)")
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        fatalError("the export entries nest only through encode(_:forKey:)")
    }
    mutating func superEncoder() -> Encoder { fatalError("the export entries have no super encoder") }
    mutating func superEncoder(forKey key: Key) -> Encoder { fatalError("the export entries have no super encoder") }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: ValueBox
    var codingPath: [CodingKey] = []
    var count: Int {
        if case .sequence(let items) = box.value { return items.count }
        return 0
    }

    private func add(_ value: YAMLBlockEncoder.Value) {
        guard case .sequence(var items) = box.value else { return }
        box.value = nil   // as in KeyedContainer.add
        items.append(value)
        box.value = .sequence(items)
    }

    mutating func encodeNil() throws { add(.scalar("null")) }
    mutating func encode(_ value: Bool) throws { add(.scalar(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { add(.scalar(YAMLBlockEncoder.scalar(value))) }
    mutating func encode(_ value: Int) throws { add(.scalar(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { add(try YAMLBlockEncoder.encode(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        fatalError("the export entries nest only through encode(_:)")
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { fatalError("the export entries nest only through encode(_:)") }
    mutating func superEncoder() -> Encoder { fatalError("the export entries have no super encoder") }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: ValueBox
    var codingPath: [CodingKey] = []

    mutating func encodeNil() throws { box.value = .scalar("null") }
    mutating func encode(_ value: Bool) throws { box.value = .scalar(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { box.value = .scalar(YAMLBlockEncoder.scalar(value)) }
    mutating func encode(_ value: Int) throws { box.value = .scalar(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { box.value = try YAMLBlockEncoder.encode(value) }
}
