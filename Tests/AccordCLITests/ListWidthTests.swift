import Foundation
import Testing

/// `accord list` fits a terminal by clipping titles to its width, and never clips into a
/// pipe, a file, or with --wide.
@Suite struct ListWidthTests {
    static let longTitle = "Diffuser les offres de stage des adhérents aux étudiants de l'UPMC"

    @Test func piped_nothingIsClipped() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let out = try accord.ok(["list", "actions"])
        #expect(out.contains(Self.longTitle))
        #expect(try accord.ok(["list", "agreements"]).contains("UPEC × Grand-Orly Seine Bièvre — formation et innovation"))
    }

    @Test(arguments: [(80, false), (200, false), (80, true)])
    func onATerminal(width: Int, wide: Bool) throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["list", "agreements"])
        let tmux = try TmuxSession(accord, arguments: ["list", "actions", "--agreement", "upmc-opticsvalley"] + (wide ? ["--wide"] : []),
                                  width: width, height: 40)
        defer { tmux.close() }
        let screen = try tmux.waitFor("EXIT=0")
        let lines = screen.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= width })
        if width >= 120 || wide {
            // tmux wraps what is longer than the terminal: the whole title is there, maybe on two lines.
            #expect(screen.replacingOccurrences(of: "\n", with: "").contains(Self.longTitle), "\(screen)")
        } else {
            #expect(screen.contains("Diffuser les offres de stage"), "the title takes the room left")
            #expect(screen.contains("…"), "a long title is clipped to fit")
            #expect(lines.contains { $0.count > 70 }, "the table uses the terminal's width")
        }
    }
}
