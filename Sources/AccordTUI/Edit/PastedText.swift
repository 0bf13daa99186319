/// What a paste puts into a field: its text without control characters — line ends kept in a
/// note (CR LF and CR become LF), spaces in a one-line field; tabs become spaces.
public enum PastedText {
    /// `text` as a field takes it: one line unless `multiline`, no control characters.
    public static func cleaned(_ text: String, multiline: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0A, 0x0D: result.unicodeScalars.append(multiline ? "\n" : " ")
            case 0x09: result.unicodeScalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True when the paste is over the size a field takes (`Key.pasteLimit` characters).
    public static func isTooLong(_ text: String) -> Bool { text.count > Key.pasteLimit }
}
