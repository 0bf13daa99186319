import Testing
@testable import AccordTUI

@Suite struct TextEditorTests {
    func typed(_ text: String, into editor: inout TextEditor) {
        for character in text { _ = editor.handle(.character(character)) }
    }

    @Test func typesAccentsAndWideCharactersAndMovesByCharacter() {
        var editor = TextEditor("")
        typed("Été 日本 👩‍🎓", into: &editor)
        #expect(editor.text == "Été 日本 👩‍🎓")
        #expect(editor.column == 8)
        _ = editor.handle(.left); _ = editor.handle(.left)
        _ = editor.handle(.backspace)
        #expect(editor.text == "Été 日 👩‍🎓", "Backspace erases one whole character")
        _ = editor.handle(.home); _ = editor.handle(.delete)
        #expect(editor.text == "té 日 👩‍🎓")
        _ = editor.handle(.end); typed("!", into: &editor)
        #expect(editor.text == "té 日 👩‍🎓!")
        _ = editor.handle(.control("a")); typed("É", into: &editor)
        #expect(editor.text == "Été 日 👩‍🎓!")
        _ = editor.handle(.control("e"))
        #expect(editor.cursorAtEnd)
    }

    @Test func ctrlUCtrlKAndCtrlWErase() {
        var editor = TextEditor("convention de stage  ")
        _ = editor.handle(.control("w"))
        #expect(editor.text == "convention de ")
        _ = editor.handle(.left); _ = editor.handle(.left); _ = editor.handle(.left); _ = editor.handle(.left)
        _ = editor.handle(.control("k"))
        #expect(editor.text == "convention")
        _ = editor.handle(.left)
        _ = editor.handle(.control("u"))
        #expect(editor.text == "n" && editor.column == 0)
    }

    @Test func aLineEditorLeavesEnterAndArrowsToTheFormAndFlattensNewlines() {
        var editor = TextEditor("a\nb")
        #expect(editor.text == "a b")
        let takesEnter = editor.handle(.enter), takesUp = editor.handle(.up), takesTab = editor.handle(.tab)
        #expect(!takesEnter && !takesUp && !takesTab)
    }

    @Test func aMultiLineEditorSplitsJoinsAndMovesBetweenLines() {
        var editor = TextEditor("premier\nsecond", multiline: true)
        #expect(editor.row == 1 && editor.column == 6)
        _ = editor.handle(.up)
        #expect(editor.row == 0 && editor.column == 6)
        _ = editor.handle(.enter)
        #expect(editor.text == "premie\nr\nsecond")
        _ = editor.handle(.backspace)
        #expect(editor.text == "premier\nsecond")
        _ = editor.handle(.end); _ = editor.handle(.delete)
        #expect(editor.text == "premiersecond")
        let takesDown = editor.handle(.down)
        #expect(!takesDown, "no line below: the form moves on")
    }

    @Test func theVisiblePartKeepsTheCursorInView() {
        var editor = TextEditor(String(repeating: "x", count: 30))
        let (text, cursor) = editor.visible(line: 0, width: 10)
        #expect(cursor == 9, "the cursor sits in the last cell")
        #expect(text.count == 9, "the first 21 characters scrolled out of view")
        _ = editor.handle(.home)
        #expect(editor.visible(line: 0, width: 10).cursorX == 0)
        let wide = TextEditor("日本語日本語")
        #expect(wide.visible(line: 0, width: 6).cursorX == 4, "wide characters count two cells")
    }
}
