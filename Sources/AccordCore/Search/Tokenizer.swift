/// Splits folded text into search tokens: runs of letters and digits.
/// Apostrophes and hyphens separate ("l'université" → l, universite;
/// "Paris-Sud" → paris, sud).
public enum Tokenizer {
    /// The folded tokens of `text`, in order (with repeats). Walks Unicode
    /// scalars (no grapheme breaking): combining marks stay inside a word.
    public static func tokens(_ text: some StringProtocol) -> [String] {
        var result: [String] = []
        forEachToken(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Calls `body` with the UTF-8 of each folded token of `text`, in order. Reads
    /// the UTF-8 directly: ASCII letters are folded in place, other scalars through
    /// `TextFolding`; nothing is allocated per token (the index tokenizes everything).
    static func forEachToken(in text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Allocated only if a token needs folding: most text is plain lowercase ASCII.
        var folded: [UInt8] = []
        if text.utf8.withContiguousStorageIfAvailable({ walk($0, folded: &folded, body) }) == nil {
            var copy = String(text)
            copy.withUTF8 { walk($0, folded: &folded, body) }
        }
    }

    /// Finds each run of word scalars; a run of lowercase ASCII letters and digits (most
    /// tokens) is passed as it lies in `utf8`, anything else is folded into `folded` first.
    private static func walk(_ utf8: UnsafeBufferPointer<UInt8>, folded: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var index = 0
        let count = utf8.count
        while index < count {
            let lead = utf8[index]
            if lead < 0x80 {
                guard asciiClass(lead) != .separator else { index += 1; continue }
            } else {
                let (scalar, length) = decodeScalar(utf8, at: index)
                guard isWordScalar(scalar) else { index += length; continue }
            }
            let start = index
            var plain = true
            scanning: while index < count {
                let byte = utf8[index]
                if byte < 0x80 {
                    switch asciiClass(byte) {
                    case .separator: break scanning
                    case .upper: plain = false
                    case .plain: break
                    }
                    index += 1
                } else {
                    let (scalar, length) = decodeScalar(utf8, at: index)
                    guard isWordScalar(scalar) else { break scanning }
                    plain = false
                    index += length
                }
            }
            let token = UnsafeBufferPointer(rebasing: utf8[start..<index])
            if plain {
                body(token)
                continue
            }
            folded.removeAll(keepingCapacity: true)
            var at = 0
            while at < token.count {
                if token[at] < 0x80 {
                    folded.append(asciiClass(token[at]) == .upper ? token[at] + 32 : token[at])
                    at += 1
                } else {
                    let (scalar, length) = decodeScalar(token, at: at)
                    TextFolding.append(scalar, to: &folded)
                    at += length
                }
            }
            // A run of combining marks alone folds to nothing: no token.
            if !folded.isEmpty { folded.withUnsafeBufferPointer(body) }
        }
    }

    private enum ASCIIClass { case separator, plain, upper }

    /// What an ASCII byte is in a token: lowercase letters and digits stay as they are.
    @inline(__always)
    private static func asciiClass(_ byte: UInt8) -> ASCIIClass {
        switch byte {
        case 0x61...0x7A, 0x30...0x39: return .plain
        case 0x41...0x5A: return .upper
        default: return .separator
        }
    }

    /// The scalar starting at `index` of valid UTF-8 (a String's), and its length in bytes.
    private static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(utf8[index + offset]) & 0x3F }
        let value: UInt32, length: Int
        switch lead {
        case 0xF0...: value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3); length = 4
        case 0xE0...: value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2); length = 3
        default: value = (lead & 0x1F) << 6 | continuation(1); length = 2
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if v < 0x250 { return latinWordScalars[Int(v)] }
        return hasWordProperties(scalar)
    }

    private static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// `isWordScalar` for U+0000–U+024F, looked up (accented Latin letters are most of the non-ASCII text).
    private static let latinWordScalars: [Bool] = (0..<0x250).map { v in Unicode.Scalar(v).map(hasWordProperties) ?? false }

    /// A token in the original text: where it is and its folded form.
    public struct Token: Hashable, Sendable {
        public var range: Range<String.Index>
        public var folded: String
    }

    /// The tokens of `text` with their ranges in the original (unfolded) text, for highlighting.
    public static func tokenRanges(in text: String) -> [Token] {
        var result: [Token] = []
        var start: String.Index?
        var folded: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if isWordCharacter(character) {
                if start == nil { start = index }
                for scalar in character.unicodeScalars { TextFolding.append(scalar, to: &folded) }
            } else if let s = start {
                result.append(Token(range: s..<index, folded: String(decoding: folded, as: UTF8.self)))
                start = nil
                folded.removeAll(keepingCapacity: true)
            }
            index = next
        }
        if let s = start { result.append(Token(range: s..<text.endIndex, folded: String(decoding: folded, as: UTF8.self))) }
        return result
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        isWordScalar(character.unicodeScalars.first!)
    }
}
