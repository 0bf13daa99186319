/// A pull parser over UTF-8 bytes: the reader asks for the next key, string,
/// number or list item, so models are built straight from the bytes with no
/// intermediate tree. Strict JSON; whole numbers only where a model reads one (`skip`
/// passes any JSON value); errors name the byte offset. The journals and the JSON import
/// (`JSONImportReader`) read through it.
public struct JSONPullReader {
    /// Why the bytes are not the JSON expected, and where.
    public struct SyntaxError: Error, CustomStringConvertible, Sendable {
        public var offset: Int
        public var problem: String
        /// True when the bytes are well formed but name something this build does not know
        /// (an event type, a choice): written by a newer Accord, not damaged.
        public var isNewerFormat = false
        /// What is wrong with the JSON itself, for a message in the reader's language (`.other`:
        /// the problem is the model's).
        public var kind: Kind = .other
        public var description: String { "\(problem) at byte \(offset)" }

        /// What is wrong with the JSON itself.
        public enum Kind: Sendable, Equatable {
            case other, endsEarly, tooDeep, keyNotQuoted, colonExpected, textAfterTheValue, unclosedText
            /// Neither `,` nor the closing bracket after a value.
            case commaExpected(close: Character)
            /// A token that is no JSON value (empty: none where one must be).
            case notAValue(String)
            /// `\` followed by this character.
            case badEscape(String)
            /// A control character written raw in a text.
            case rawControl(UInt8)
        }
    }

    /// Keys read that no schema knew ("an action: owner"), in the order met; their values were skipped.
    public internal(set) var unknownKeys: [String] = []

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// When set, a `\u` escape of half a surrogate pair alone reads as U+FFFD (an import
    /// keeps the rest of such a text) instead of failing.
    var replacesLoneSurrogates = false
    /// Told, about every `progressStep` bytes and only between list items, how far reading has got:
    /// the bytes before that offset are not read again.
    private let progress: ((Int) -> Void)?
    private var nextProgress = progressStep
    private static let progressStep = 1 << 20

    public init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0, progress: ((Int) -> Void)? = nil) {
        self.bytes = bytes
        index = offset
        self.progress = progress
    }

    /// Where the next byte is read.
    var offset: Int { index }

    /// Runs `body` on a reader over `slice`, and checks nothing follows the value.
    public static func read<T>(_ slice: ArraySlice<UInt8>,
                               _ body: (inout JSONPullReader) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let result: Result<T, SyntaxError> = slice.withUnsafeBufferPointer { buffer in
            Result { () throws(SyntaxError) in try read(buffer, body) }
        }
        return try result.get()
    }

    /// Runs `body` on a reader over `buffer` (telling `progress` how far it has read), and checks nothing follows the value.
    public static func read<T>(_ buffer: UnsafeBufferPointer<UInt8>, progress: ((Int) -> Void)? = nil,
                               _ body: (inout JSONPullReader) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        var reader = JSONPullReader(buffer, progress: progress)
        let value = try body(&reader)
        reader.skipSpace()
        guard reader.index == buffer.count else { throw reader.fail("unexpected text after the value", .textAfterTheValue) }
        return value
    }

    func fail(_ problem: String, _ kind: SyntaxError.Kind = .other, at offset: Int? = nil) -> SyntaxError {
        SyntaxError(offset: offset ?? index, problem: problem, kind: kind)
    }

    /// An error for a well-formed value this build does not know (see `SyntaxError.isNewerFormat`).
    func failNewer(_ problem: String) -> SyntaxError {
        SyntaxError(offset: index, problem: problem, isNewerFormat: true)
    }

    /// Notes a key no schema knows; reading goes on.
    mutating func noteUnknownKey(_ key: String, of model: String) {
        if unknownKeys.count < 8 { unknownKeys.append("'\(key)' of \(model)") }
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
        skipSpace()
        guard index < bytes.count else { throw fail("unexpected end", .endsEarly) }
        guard bytes[index] == byte else { throw fail("expected \(what)", byte == UInt8(ascii: ":") ? .colonExpected : .other) }
        index += 1
    }

    private mutating func peek() -> UInt8? {
        skipSpace()
        return index < bytes.count ? bytes[index] : nil
    }

    /// Reads an object, calling `field` with each key; `field` must read (or skip) the value.
    public mutating func object(_ field: (String, inout JSONPullReader) throws(SyntaxError) -> Void) throws(SyntaxError) {
        try objectWithRawKeys { raw, reader throws(SyntaxError) in try field(String(decoding: raw, as: UTF8.self), &reader) }
    }

    /// Reads an object like `object`, handing `field` each key as its UTF-8 bytes (valid during the
    /// call) instead of a new `String`: what schemas use to match keys without creating strings.
    public mutating func objectWithRawKeys(_ field: (UnsafeBufferPointer<UInt8>, inout JSONPullReader) throws(SyntaxError) -> Void)
        throws(SyntaxError) {
        try expect(UInt8(ascii: "{"), "'{'")
        depth += 1
        if depth > 64 { throw fail("nested too deeply", .tooDeep) }
        defer { depth -= 1 }
        if peek() == UInt8(ascii: "}") { index += 1; return }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw index < bytes.count ? fail("expected a key", .keyNotQuoted) : fail("unexpected end", .endsEarly) }
            if let raw = plainKey() {
                try expect(UInt8(ascii: ":"), "':'")
                try field(raw, &self)
            } else {
                // A key with escapes (never written by Accord): decoded, then handed over.
                let key = Array(try string().utf8)
                try expect(UInt8(ascii: ":"), "':'")
                let result: Result<Void, SyntaxError> = key.withUnsafeBufferPointer { raw in
                    Result { () throws(SyntaxError) in try field(raw, &self) }
                }
                try result.get()
            }
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return
            case nil: throw fail("unexpected end", .endsEarly)
            default: throw fail("expected ',' or '}'", .commaExpected(close: "}"))
            }
        }
    }

    /// The bytes of a key without escapes, the reader moved past it; nil (not moved) for a key
    /// with an escape or a control character, which `string()` then reads or refuses.
    private mutating func plainKey() -> UnsafeBufferPointer<UInt8>? {
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
                index = end + 1
                return raw
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            end += 1
        }
        return nil
    }

    /// Reads a text value and hands its UTF-8 bytes to `body` (valid during the call) without
    /// making a `String`: for values matched against known names (event types).
    public mutating func rawString<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) throws(SyntaxError) -> T {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected text") }
        if let raw = plainKey() { return body(raw) }
        let bytes = Array(try string().utf8)
        return bytes.withUnsafeBufferPointer(body)
    }

    /// Reads a list, calling `item` for each element; `item` must read the element.
    public mutating func array(_ item: (inout JSONPullReader) throws(SyntaxError) -> Void) throws(SyntaxError) {
        try expect(UInt8(ascii: "["), "'['")
        depth += 1
        if depth > 64 { throw fail("nested too deeply", .tooDeep) }
        defer { depth -= 1 }
        if peek() == UInt8(ascii: "]") { index += 1; return }
        while true {
            try item(&self)
            if index >= nextProgress, let progress {
                progress(index)
                nextProgress = index + Self.progressStep
            }
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return
            case nil: throw fail("unexpected end", .endsEarly)
            default: throw fail("expected ',' or ']'", .commaExpected(close: "]"))
            }
        }
    }

    /// True (and consumed) when the next value is `null`.
    public mutating func null() throws(SyntaxError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    public mutating func string() throws(SyntaxError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected text") }
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw fail("control character in text", .rawControl(byte)) }
            index += 1
        }
        throw fail("unterminated text", .unclosedText, at: start - 1)
    }

    private mutating func escapedString(from start: Int) throws(SyntaxError) -> String {
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw fail("unterminated text", .unclosedText, at: start - 1) }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    out.append(contentsOf: String(try unicodeEscape()).utf8)
                default:
                    throw fail("unknown escape", .badEscape(String(decoding: [escape], as: UTF8.self)), at: index - 2)
                }
            default:
                if byte < 0x20 { throw fail("control character in text", .rawControl(byte)) }
                out.append(byte)
                index += 1
            }
        }
        throw fail("unterminated text", .unclosedText, at: start - 1)
    }

    /// The character of a `\u` escape (its `\u` read), with the low half of a surrogate pair.
    private mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800...0xDBFF).contains(high), bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
            let mark = index
            index += 2
            let low = try hex4()
            if (0xDC00...0xDFFF).contains(low) { return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))! }
            index = mark
        }
        guard let scalar = Unicode.Scalar(high) else {
            guard replacesLoneSurrogates else { throw fail("unpaired surrogate") }
            return "\u{FFFD}"
        }
        return scalar
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw fail("unterminated text", .unclosedText) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("bad \\u escape", .badEscape("u"), at: index - 2)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    public mutating func int() throws(SyntaxError) -> Int {
        guard let first = peek() else { throw fail("unexpected end") }
        let negative = first == UInt8(ascii: "-")
        if negative { index += 1 }
        let start = index
        var value = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
            if overflow1 || overflow2 { throw fail("number too large") }
            value = sum
            index += 1
        }
        guard index > start else { throw fail("expected a whole number") }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            throw fail("only whole numbers are expected")
        }
        return negative ? -value : value
    }

    public mutating func bool() throws(SyntaxError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw fail("expected true or false")
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw fail("unexpected end") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw fail("unexpected character")
        }
        index += count
    }

    /// Skips any value, checking it (for keys this build does not know; a whole import document).
    public mutating func skip() throws(SyntaxError) {
        switch peek() {
        case UInt8(ascii: "{"): try objectWithRawKeys { _, reader throws(SyntaxError) in try reader.skip() }
        case UInt8(ascii: "["): try array { reader throws(SyntaxError) in try reader.skip() }
        case UInt8(ascii: "\""): _ = try string()
        case nil: throw fail("unexpected end", .endsEarly)
        default: _ = try scalar()
        }
    }

    /// Reads `true`, `false`, `null` or a number as it is written (a JSON number:
    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`).
    mutating func scalar() throws(SyntaxError) -> String {
        skipSpace()
        let start = index
        while index < bytes.count, !Self.endsToken(bytes[index]) { index += 1 }
        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard ["true", "false", "null"].contains(token) || Self.isNumber(token) else {
            throw fail(token.isEmpty ? "expected a value" : "'\(token.prefix(40))' is not a JSON value", .notAValue(String(token.prefix(40))), at: start)
        }
        return token
    }

    /// True for the bytes after a token: white space, `,`, `]`, `}`, `:`.
    static func endsToken(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: ":")
    }

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
}
