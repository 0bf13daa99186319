import Testing
@testable import AccordTUI

/// Escape sequences ncurses did not know: read whole, then a key or nothing.
@Suite struct EscapeSequenceTests {
    func key(_ text: String) -> Key? { EscapeSequence.key(for: Array(text)) }

    @Test func theSequencesOfCommonTerminalsAreTheirKeys() {
        #expect(key("[1~") == .home && key("[7~") == .home && key("OH") == .home && key("[H") == .home)
        #expect(key("[4~") == .end && key("[8~") == .end && key("OF") == .end && key("[F") == .end)
        #expect(key("[5~") == .pageUp && key("[6~") == .pageDown && key("[3~") == .delete && key("[Z") == .backTab)
        #expect(key("[A") == .up && key("OB") == .down && key("[1;5C") == .right && key("[1;2D") == .left)
        #expect(key("OP") == .function(1) && key("[11~") == .function(1))
    }

    @Test func otherSequencesAreSwallowed() {
        #expect(key("[99;7~") == nil)
        #expect(key("[<0;10;5M") == nil, "an SGR mouse report ncurses did not take")
        #expect(key("[200~") == nil, "bracketed paste start")
    }

    @Test func aSequenceEndsOnItsFinalByte() {
        #expect(!EscapeSequence.isComplete(["["]))
        #expect(!EscapeSequence.isComplete(Array("[1")))
        #expect(!EscapeSequence.isComplete(Array("[1;5")))
        #expect(EscapeSequence.isComplete(Array("[1~")))
        #expect(EscapeSequence.isComplete(Array("[1;5A")))
        #expect(!EscapeSequence.isComplete(Array("[[")), "the Linux console's F1 is ESC [ [ A")
        #expect(EscapeSequence.isComplete(Array("[[A")))
        #expect(!EscapeSequence.isComplete(["O"]) && EscapeSequence.isComplete(Array("OH")))
        #expect(EscapeSequence.starts("[") && EscapeSequence.starts("O") && !EscapeSequence.starts("j"))
    }
}
