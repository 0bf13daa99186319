import AccordTUI
import CNcursesw

/// Maps theme roles to ncurses attributes and colour pairs for the colours this terminal has.
struct ColorPalette {
    let theme: Theme
    /// Colours the terminal has (0 when colour is off).
    let colors: Int

    /// The palette for `theme` on a terminal with `colors` colours; without
    /// colour (or with NO_COLOR) the monochrome theme carries the meaning.
    init(theme: Theme, colors: Int) {
        self.colors = colors
        self.theme = colors >= 8 ? theme : .monochrome
    }

    var usesColor: Bool { colors >= 8 }

    /// Attributes and a colour pair for a cell style; registers the pair.
    func attributes(for style: CellStyle, nextPair: Int16) -> (attrs: attr_t, pair: Int16) {
        var look = theme.style(style.role)
        if style.reverse {
            // The selection is reverse video always; the selection role can add attributes or colours.
            let selection = theme.style(.selection)
            look.bold = look.bold || selection.bold
            look.underline = look.underline || selection.underline
            if !selection.isColorless {
                look.foreground = selection.foreground
                look.background = selection.background
            }
        }
        var attrs = accord_a_normal()
        if look.bold { attrs |= accord_a_bold() }
        if look.underline { attrs |= accord_a_underline() }
        if look.dim { attrs |= accord_a_dim() }
        if look.reverse != style.reverse { attrs |= accord_a_reverse() }
        guard usesColor, !look.isColorless else { return (attrs, 0) }
        init_pair(nextPair, ColorMapping.number(look.foreground, colors: colors),
                  ColorMapping.number(look.background, colors: colors))
        return (attrs, nextPair)
    }
}
