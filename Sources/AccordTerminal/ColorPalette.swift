import AccordTUI
import CNcursesw

/// Maps theme roles to ncurses attributes and colour pairs for the colours this terminal has.
struct ColorPalette {
    let theme: Theme
    /// Colours the terminal has (0 when colour is off).
    let colors: Int

    var usesColor: Bool { colors >= 8 }

    /// Attributes and a colour pair for a cell style; registers the pair.
    func attributes(for style: CellStyle, nextPair: Int16) -> (attrs: attr_t, pair: Int16) {
        let look = theme.style(style.role)
        var attrs = accord_a_normal()
        if look.bold { attrs |= accord_a_bold() }
        if look.underline { attrs |= accord_a_underline() }
        if look.dim { attrs |= accord_a_dim() }
        if look.reverse != style.reverse { attrs |= accord_a_reverse() }
        guard usesColor, look.foreground != .terminalDefault || look.background != .terminalDefault else {
            return (attrs, 0)
        }
        init_pair(nextPair, number(look.foreground), number(look.background))
        return (attrs, nextPair)
    }

    /// The colour number for this terminal: -1 for the default, a 256-colour index folded to 8 when needed.
    private func number(_ color: TermColor) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .basic(let n): return Int16(n)
        case .indexed(let n): return Int16(n < colors ? n : n % 8)
        }
    }
}
