import Foundation

/// Folding for search: lowercase, accents removed, ligatures spelled out
/// ("Œuvre" → "oeuvre", "ÉCOLE" → "ecole", "Straße" → "strasse").
public enum TextFolding {
    /// `text` folded scalar by scalar; the result may be longer (ligatures).
    public static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// The folded form of one scalar (empty for a combining mark).
    public static func fold(_ scalar: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        append(scalar, to: &out)
        return String(out)
    }

    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            return
        }
        if v < 0x250, let mapped = latinTable[Int(v)] {
            out.append(contentsOf: mapped.unicodeScalars)
            return
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        where part.properties.generalCategory != .nonspacingMark {
            out.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Precomputed folds for U+0080–U+024F (Latin-1 and Latin Extended), the common non-ASCII case.
    private static let latinTable: [String?] = (0..<0x250).map { v -> String? in
        guard v >= 0x80, let scalar = Unicode.Scalar(v) else { return nil }
        switch v {
        case 0x152, 0x153: return "oe"
        case 0xC6, 0xE6: return "ae"
        case 0xDF: return "ss"
        case 0xD8, 0xF8: return "o"
        case 0x141, 0x142: return "l"
        case 0xD0, 0xF0, 0x110, 0x111: return "d"
        case 0xDE, 0xFE: return "th"
        default: break
        }
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        return parts.map { $0.properties.lowercaseMapping }.joined()
    }
}
