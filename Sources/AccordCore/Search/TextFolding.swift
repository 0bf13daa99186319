import Foundation

/// Folding for search: lowercase, accents removed, ligatures spelled out
/// ("Œuvre" → "oeuvre", "ÉCOLE" → "ecole", "Straße" → "strasse").
public enum TextFolding {
    /// `text` folded scalar by scalar; the result may be longer (ligatures).
    public static func fold(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded form of one scalar (empty for a combining mark).
    public static func fold(_ scalar: Unicode.Scalar) -> String {
        var out: [UInt8] = []
        append(scalar, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of `scalar` folded to `out`. ASCII and Latin letters
    /// take a table; anything else is decomposed and lowercased.
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
            return
        }
        if v < 0x250, let mapped = latinTable[Int(v)] {
            out.append(contentsOf: mapped)
            return
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        where part.properties.generalCategory != .nonspacingMark {
            out.append(contentsOf: part.properties.lowercaseMapping.utf8)
        }
    }

    /// Precomputed folds (UTF-8) for U+0080–U+024F (Latin-1 and Latin Extended), the common non-ASCII case.
    private static let latinTable: [[UInt8]?] = (0..<0x250).map { v -> [UInt8]? in
        guard v >= 0x80, let scalar = Unicode.Scalar(v) else { return nil }
        switch v {
        case 0x152, 0x153: return Array("oe".utf8)
        case 0xC6, 0xE6: return Array("ae".utf8)
        case 0xDF: return Array("ss".utf8)
        case 0xD8, 0xF8: return Array("o".utf8)
        case 0x141, 0x142: return Array("l".utf8)
        case 0xD0, 0xF0, 0x110, 0x111: return Array("d".utf8)
        case 0xDE, 0xFE: return Array("th".utf8)
        default: break
        }
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        return Array(parts.map { $0.properties.lowercaseMapping }.joined().utf8)
    }
}
