/// Data is untrusted: before text reaches a terminal, control characters,
/// escape sequences and bidi overrides are shown escaped, never raw.
///
/// C0 controls and DEL become caret notation (`^[` for ESC, `^?` for DEL);
/// C1 controls (U+0080–U+009F, e.g. the 8-bit CSI), bidi embeddings,
/// overrides and isolates, line separators, and invisible characters such as the zero
/// width space and the BOM become `<U+202E>`; so does a zero width joiner or non-joiner
/// that follows ASCII (emoji sequences and scripts keep theirs).
/// A tab becomes one space; newlines are kept only when `keepNewlines`.
public enum SafeText {
    public static func escaped(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || isJoiner($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previous = v }
            if isJoiner(scalar) && previous < 0x80 {
                // A joiner after ASCII (or first) joins nothing a script or an emoji needs:
                // it is only hidden text, and terminals place it unpredictably.
                out.append(contentsOf: codePoint(v).unicodeScalars)
            } else if scalar == "\n" && keepNewlines {
                out.append(scalar)
            } else if scalar == "\t" {
                out.append(" ")
            } else if v < 0x20 {
                out.append(contentsOf: "^".unicodeScalars)
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            } else if v == 0x7F {
                out.append(contentsOf: "^?".unicodeScalars)
            } else if needsEscape(scalar) {
                out.append(contentsOf: codePoint(v).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` with every character `needsEscape` names removed (for a URL handed to a terminal
    /// or to another program, where an escaped form would change what it points to).
    public static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !needsEscape($0) }))
    }

    /// True when the scalar must not reach a terminal raw.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        switch v {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
        case 0x2028, 0x2029, 0xFFF9...0xFFFB: return true  // line/paragraph separators, annotations
        // Invisible characters that take no cell and hide text or shift what the eye reads:
        // zero width space, word joiner and invisible operators, BOM / zero width no-break
        // space, Mongolian vowel separator, Hangul fillers. (The zero width joiner and
        // non-joiner stay: emoji sequences and scripts need them.)
        case 0x200B, 0x2060...0x2064, 0xFEFF, 0x180E, 0x115F, 0x1160, 0x3164, 0xFFA0: return true
        default: return false
        }
    }

    /// The zero width joiner and non-joiner: kept where they join (emoji, scripts).
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || scalar.value == 0x200C
    }

    private static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
