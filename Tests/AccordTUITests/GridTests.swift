import Testing
@testable import AccordTUI

@Suite struct GridTests {
    @Test func accentsTakeOneCellAndWideCharactersTwo() {
        var grid = Grid(width: 12, height: 3)
        #expect(grid.put("Université", x: 0, y: 0, style: CellStyle()) == 10)
        #expect(grid.put("東京大学", x: 0, y: 1, style: CellStyle()) == 8)
        #expect(grid.put("ok 🎓 ok", x: 0, y: 2, style: CellStyle()) == 8)
        #expect(grid.lines == ["Université  ", "東京大学    ", "ok 🎓 ok    "])
        #expect(grid[1, 1].isContinuation && grid[2, 1].text == "京")
    }

    @Test func textIsClippedByDisplayWidthWithAnEllipsis() {
        var grid = Grid(width: 10, height: 2)
        grid.put("Opticsvalley cluster", x: 0, y: 0, style: CellStyle())
        grid.put("東京大学東京大学", x: 0, y: 1, maxWidth: 6, style: CellStyle())
        #expect(grid.lines[0] == "Opticsval…")
        #expect(grid.lines[1] == "東京…     ")  // 5 columns used: a third wide character would not fit in 6
    }

    @Test func aWideCharacterThatDoesNotFitIsNotSplit() {
        var grid = Grid(width: 5, height: 1)
        grid.put("abcd東", x: 0, y: 0, style: CellStyle(), ellipsis: false)
        #expect(grid.lines == ["abcd "])
    }

    @Test func controlCharactersAndBidiOverridesAreShownEscaped() {
        var grid = Grid(width: 40, height: 1)
        grid.put("a\u{1B}[2Jb\u{7}c\u{202E}d\u{9B}e", x: 0, y: 0, style: CellStyle())
        #expect(grid.text == "a^[[2Jb^Gc<U+202E>d<U+009B>e")
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E } })
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.put("東京", x: 0, y: 0, style: CellStyle())
        grid.put("x", x: 1, y: 0, style: CellStyle())
        #expect(grid.lines == [" x京"])
    }

    @Test func writesOutsideTheGridAreDropped() {
        var grid = Grid(width: 3, height: 1)
        grid.put("hello", x: 2, y: 0, style: CellStyle())
        grid.put("x", x: 5, y: 0, style: CellStyle())
        grid.put("x", x: 0, y: 3, style: CellStyle())
        grid.fill(Rect(x: -2, y: -2, width: 10, height: 10), style: CellStyle(.dim))
        #expect(grid.lines == ["   "])
    }

    @Test func styleRunsNameRolesAndReverse() {
        var grid = Grid(width: 6, height: 1)
        grid.put("ab", x: 0, y: 0, style: CellStyle(.overdue))
        grid.put("cd", x: 2, y: 0, style: CellStyle(.normal, reverse: true))
        #expect(grid.styleRuns(row: 0) == ["0-1 overdue", "2-3 normal+reverse", "4-5 normal"])
    }
}
