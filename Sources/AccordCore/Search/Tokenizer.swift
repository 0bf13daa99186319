/// Splits folded text into search tokens: runs of letters and digits.
/// Apostrophes and hyphens separate ("l'université" → l, universite;
/// "Paris-Sud" → paris, sud).
public enum Tokenizer {
    /// The folded tokens of `text`, in order (with repeats). Walks Unicode
    /// scalars (no grapheme breaking): combining marks stay inside a word.
    public static func tokens(_ text: some StringProtocol) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                TextFolding.append(scalar, to: &current)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// A token in the original text: where it is and its folded form.
    public struct Token: Hashable, Sendable {
        public var range: Range<String.Index>
        public var folded: String
    }

    /// The tokens of `text` with their ranges in the original (unfolded) text, for highlighting.
    public static func tokenRanges(in text: String) -> [Token] {
        var result: [Token] = []
        var start: String.Index?
        var folded = String.UnicodeScalarView()
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if isWordCharacter(character) {
                if start == nil { start = index }
                for scalar in character.unicodeScalars { TextFolding.append(scalar, to: &folded) }
            } else if let s = start {
                result.append(Token(range: s..<index, folded: String(folded)))
                start = nil
                folded = String.UnicodeScalarView()
            }
            index = next
        }
        if let s = start { result.append(Token(range: s..<text.endIndex, folded: String(folded))) }
        return result
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        isWordScalar(character.unicodeScalars.first!)
    }
}
