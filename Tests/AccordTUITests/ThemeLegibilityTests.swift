import Foundation
import Testing
@testable import AccordTUI

/// Legibility of the shipped themes, measured: the WCAG contrast ratio of each
/// role's text colour on its background. The terminal's own colours are taken
/// as light grey on black for dark themes and black on white for `light`.
/// Bold text in one of the 8 basic colours is measured twice, as that colour and
/// as its bright variant: xterm, tmux and many others draw bold black as grey;
/// and every theme is measured as 256 and as 8 colours show it.
@Suite struct ThemeLegibilityTests {
    static func luminance(_ rgb: (Int, Int, Int)) -> Double {
        func channel(_ c: Int) -> Double {
            let v = Double(c) / 255
            return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(rgb.0) + 0.7152 * channel(rgb.1) + 0.0722 * channel(rgb.2)
    }

    static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func rgb(_ color: TermColor, default fallback: (Int, Int, Int)) -> (Int, Int, Int) {
        switch color {
        case .terminalDefault: return fallback
        case .basic(let n), .indexed(let n): return ColorMapping.rgb(of: n)
        }
    }

    /// Roles whose text must be read; borders, bars and deliberately dim text are decorative.
    static let textRoles: [Role] = [.normal, .header, .paneTitle, .paneTitleFocused, .category, .commitment, .checkboxDone,
                                    .checkboxOpen, .overdue, .expiringSoon, .statusBar, .keyHint, .message, .error,
                                    .overlay, .overlayTitle, .searchMatch, .searchLine]

    /// The colour a terminal with `colors` colours shows, bold or not.
    static func shown(_ color: TermColor, colors: Int, bold: Bool) -> TermColor {
        let number = Int(ColorMapping.number(color, colors: colors))
        if number < 0 { return .terminalDefault }
        return .indexed(bold && number < 8 ? number + 8 : number)
    }

    /// Each role's worst contrast over how it may be drawn: with 256 and with 8 colours,
    /// and bold in a basic colour as that colour or as its bright variant.
    static func ratios(_ theme: Theme, colorCounts: [Int] = [256, 8]) -> [(Role, Double)] {
        let light = theme.name == "light"
        let defaultBackground = light ? (255, 255, 255) : (0, 0, 0)
        let defaultForeground = light ? (0, 0, 0) : (229, 229, 229)
        return textRoles.map { role in
            let style = theme.style(role)
            var worst = Double.infinity
            for colors in colorCounts {
                for bright in style.bold ? [false, true] : [false] {
                    var fg = rgb(shown(style.foreground, colors: colors, bold: bright), default: defaultForeground)
                    var bg = rgb(shown(style.background, colors: colors, bold: false), default: defaultBackground)
                    if style.reverse { swap(&fg, &bg) }
                    worst = min(worst, contrast(fg, bg))
                }
            }
            return (role, worst)
        }
    }

    @Test(arguments: ThemeCatalog.builtIn.filter { $0.name != "monochrome" })
    func everyTextRoleIsReadable(theme: Theme) {
        for (role, ratio) in Self.ratios(theme) {
            #expect(ratio >= 3.0, "\(theme.name): \(role.key) has contrast \(String(format: "%.2f", ratio))")
        }
    }

    /// 7:1 as 256 colours show it (WCAG AAA); 4.5:1 (AA) with only 8, where a red
    /// background cannot hold more.
    @Test func highContrastReallyIsHigh() {
        let theme = ThemeCatalog.builtIn.first { $0.name == "high-contrast" }!
        for (role, ratio) in Self.ratios(theme, colorCounts: [8]) {
            #expect(ratio >= 4.5, "high-contrast with 8 colours: \(role.key) has contrast \(String(format: "%.2f", ratio))")
        }
        for (role, ratio) in Self.ratios(theme, colorCounts: [256]) {
            #expect(ratio >= 7.0, "high-contrast: \(role.key) has contrast \(String(format: "%.2f", ratio))")
        }
    }
}

extension Theme: CustomTestStringConvertible {
    public var testDescription: String { name }
}
