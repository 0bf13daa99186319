import Foundation
import Testing
@testable import AccordTUI

/// Legibility of the shipped themes, measured: the WCAG contrast ratio of each
/// role's text colour on its background. The terminal's own colours are taken
/// as light grey on black for dark themes and black on white for `light`.
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

    static func ratios(_ theme: Theme) -> [(Role, Double)] {
        let light = theme.name == "light"
        let defaultBackground = light ? (255, 255, 255) : (0, 0, 0)
        let defaultForeground = light ? (0, 0, 0) : (229, 229, 229)
        return textRoles.map { role in
            let style = theme.style(role)
            var fg = rgb(style.foreground, default: defaultForeground)
            var bg = rgb(style.background, default: defaultBackground)
            if style.reverse { swap(&fg, &bg) }
            return (role, contrast(fg, bg))
        }
    }

    @Test(arguments: ThemeCatalog.builtIn.filter { $0.name != "monochrome" })
    func everyTextRoleIsReadable(theme: Theme) {
        for (role, ratio) in Self.ratios(theme) {
            #expect(ratio >= 3.0, "\(theme.name): \(role.key) has contrast \(ratio)")
        }
    }

    @Test func highContrastReallyIsHigh() {
        let theme = ThemeCatalog.builtIn.first { $0.name == "high-contrast" }!
        for (role, ratio) in Self.ratios(theme) {
            #expect(ratio >= 7.0, "high-contrast: \(role.key) has contrast \(ratio)")
        }
    }
}
