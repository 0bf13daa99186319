import Testing
@testable import AccordCore

/// Columns a text takes in a terminal: the quick paths for Latin text agree with the rules.
@Suite struct DisplayWidthTests {
    @Test func latinTextTakesAColumnACharacterButTheSoftHyphenNone() {
        #expect(DisplayWidth.of("Université Paris-Est") == 20)
        #expect(DisplayWidth.of("abc def") == 7)
        #expect(DisplayWidth.of("co\u{AD}opération") == 11, "a soft hyphen takes no column")
        #expect(DisplayWidth.of("e\u{301}") == 1, "a combining accent joins its letter")
        #expect(DisplayWidth.of("東京") == 4 && DisplayWidth.of("🎓") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)
        // Every character below U+0300 alone: what the general rule says.
        for value in UInt32(0x20)..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let rule = DisplayWidth.isWide(scalar) ? 2 : DisplayWidth.isZeroWidth(scalar) ? 0 : 1
            #expect(DisplayWidth.of(Character(scalar)) == rule, "U+\(String(value, radix: 16))")
        }
    }
}
