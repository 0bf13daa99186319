/// Rules for the ids a person types: `upmc`, `upmc-opticsvalley`, `uo-h1`.
///
/// An id is 1 to 64 characters of lowercase ASCII letters, digits and single
/// hyphens, starting with a letter or digit. Ids are unique across partners,
/// agreements, commitments, actions and categories, so `accord show ID` needs
/// no kind.
public enum ItemID {
    /// The longest id accepted.
    public static let maximumLength = 64

    /// Why `id` is not a valid id, or nil when it is.
    public static func problem(with id: String) -> String? {
        let words = Phrases.core
        if id.isEmpty { return words.idEmpty.text }
        if id.utf8.count > maximumLength { return words.idTooLong(["n": maximumLength]) }
        let bytes = Array(id.utf8)
        guard bytes.allSatisfy({ isLowerLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }) else {
            return words.idCharacters.text
        }
        if bytes.first == UInt8(ascii: "-") || bytes.last == UInt8(ascii: "-") {
            return words.idDashAtEnds.text
        }
        if id.contains("--") { return words.idDoubleDash.text }
        return nil
    }

    /// True when `id` follows the rules.
    public static func isValid(_ id: String) -> Bool { problem(with: id) == nil }

    private static func isLowerLetter(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
