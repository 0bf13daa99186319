import Foundation

/// Colour names, `#rrggbb` and 256-colour indexes, and their fallback to
/// the colours a terminal has.
public enum ColorMapping {
    /// The names a theme may use, with their 256-colour (or 16-colour) index.
    public static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses `default`, a name, `0`–`255`, or `#rrggbb`; nil when it is none of them.
    public static func parse(_ text: String) -> TermColor? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value == "default" || value == "none" { return .terminalDefault }
        if let index = names[value] { return index < 8 ? .basic(index) : .indexed(index) }
        if let index = Int(value), (0...255).contains(index) { return index < 8 ? .basic(index) : .indexed(index) }
        if value.hasPrefix("#"), value.count == 7, let rgb = Int(value.dropFirst(), radix: 16) {
            return .indexed(nearest256(r: rgb >> 16 & 0xFF, g: rgb >> 8 & 0xFF, b: rgb & 0xFF))
        }
        return nil
    }

    /// The colour number to use on a terminal with `colors` colours: -1 for the
    /// terminal's own default, the index itself when it exists, else the nearest of the 8 basic colours.
    public static func number(_ color: TermColor, colors: Int) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .basic(let n): return Int16(n)
        case .indexed(let n):
            if n < colors { return Int16(n) }
            if n < 16 { return Int16(n - 8) }
            return Int16(nearestBasic(rgb(of: n)))
        }
    }

    /// The RGB of a 256-colour index (xterm's palette).
    public static func rgb(of index: Int) -> (Int, Int, Int) {
        if index < 16 { return basicRGB[index] }
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let i = index - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    /// The nearest index in the 6×6×6 cube or the grey ramp (16–255).
    public static func nearest256(r: Int, g: Int, b: Int) -> Int {
        var best = 16, bestDistance = Int.max
        for index in 16...255 {
            let d = distance(rgb(of: index), (r, g, b))
            if d < bestDistance { best = index; bestDistance = d }
        }
        return best
    }

    /// The nearest of the 8 basic colours.
    public static func nearestBasic(_ color: (Int, Int, Int)) -> Int {
        (0..<8).min { distance(basicRGB[$0], color) < distance(basicRGB[$1], color) }!
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    private static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
