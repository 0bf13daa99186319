import Testing
@testable import AccordCore
@testable import AccordTUI

/// The header, the status bar, the detail panel, boxes and dialogs, each drawn alone.
@Suite struct BarAndBoxViewTests {
    @Test func headerPutsTotalsLeftAndTheDayRight() {
        let header = HeaderModel(left: " Accord · 5 agreements", right: "2026-11-22 ")
        #expect(drawn(40, 1) { HeaderBar.render(header, into: &$0, in: Rect(x: 0, y: 0, width: 40, height: 1)) }
                == [" Accord · 5 agreements       2026-11-22 "])
        let readOnly = HeaderModel(left: " Accord · 5 agreements · 13/56 actions done", right: "READ-ONLY · 2026-11-22 ", rightIsWarning: true)
        let grid = drawnGrid(50, 1) { HeaderBar.render(readOnly, into: &$0, in: Rect(x: 0, y: 0, width: 50, height: 1)) }
        #expect(grid.lines == [" Accord · 5 agreements · … READ-ONLY · 2026-11-22 "])
        #expect(grid.styleRuns(row: 0).last == "27-49 error", "read-only stands out")
    }

    @Test func statusBarHintsStopBeforeTheEdgeAndDisabledOnesAreNotHighlighted() {
        let hints = StatusBarModel.hints([.init("j/k move"), .init("a add", enabled: false), .init("q quit"), .init("? help")])
        let grid = drawnGrid(24, 1) { StatusBar.render(hints, into: &$0, in: Rect(x: 0, y: 0, width: 24, height: 1)) }
        #expect(grid.lines == [" j/k move  a add  q quit"])
        // "a" of the disabled hint is not highlighted as a key.
        #expect(grid.styleRuns(row: 0) == ["0-0 statusBar", "1-3 keyHint", "4-17 statusBar", "18-18 keyHint", "19-23 statusBar"])
    }

    /// At 80 columns the end that matters stays: a link cut in its middle, the last clause whole,
    /// a French apostrophe not taken for a closing quote.
    @Test func statusBarKeepsTheEndThatMatters() {
        let link = "could not open https://hubinnovation.grandorlyseinebievre.fr/actualites/grand-orly-seine-bievre-et-lupec-7226: exit 3"
        let cutLink = StatusBar.fitted(link, width: 78)
        #expect(cutLink.hasPrefix("could not open https://hubinnovation") && cutLink.hasSuffix("-7226: exit 3") && cutLink.contains("…"), "\(cutLink)")
        #expect(DisplayWidth.of(cutLink) <= 78)
        let sync = "Synced: sent 3 changes to the team repository at git@example.org:office/accord.git; received 12 changes from 3 replicas; 1 new conflict"
        let cutSync = StatusBar.fitted(sync, width: 60)
        #expect(cutSync.hasSuffix("; 1 new conflict") && DisplayWidth.of(cutSync) <= 60, "\(cutSync)")
        let french = "Ajout de l'action « Relancer Opticsvalley » · 35 touches tapées d'avance ignorées"
        let cutFrench = StatusBar.fitted(french, width: 60)
        #expect(cutFrench.hasSuffix(" · 35 touches tapées d'avance ignorées") && cutFrench.hasPrefix("Ajout de l'action « R"), "\(cutFrench)")
    }

    @Test func statusBarMessageAndSearchLine() {
        let message = StatusBarModel.message("Ticked 'Suivre'", tail: "u to undo", isError: false)
        #expect(drawn(30, 1) { StatusBar.render(message, into: &$0, in: Rect(x: 0, y: 0, width: 30, height: 1)) }
                == [" Ticked 'Suivre' — u to undo  "])
        // Too long: the quoted title is shortened, never what to do next.
        let long = StatusBarModel.message("Ticked 'Garder le contact avec l'accélérateur Village by CA (ouverture le 8 décembre)'",
                                          tail: "u to undo", isError: false)
        let drawnLong = drawn(60, 1) { StatusBar.render(long, into: &$0, in: Rect(x: 0, y: 0, width: 60, height: 1)) }
        #expect(drawnLong == [" Ticked 'Garder le contact avec l'accélérateur…' — u to undo"])
        // No quoted title: the end of the text is cut, the tail stays.
        let plain = StatusBarModel.message("Theme: gruvbox — Gruvbox dark palette (warm, retro)", tail: "t for the next one", isError: false)
        #expect(drawn(50, 1) { StatusBar.render(plain, into: &$0, in: Rect(x: 0, y: 0, width: 50, height: 1)) }
                == [" Theme: gruvbox — Gruvbox da… — t for the next one"])
        let line = StatusBarModel.searchLine(text: "handicap", outcome: "5 hits · Enter jumps", outcomeRole: .message)
        #expect(drawn(40, 1) { StatusBar.render(line, into: &$0, in: Rect(x: 0, y: 0, width: 40, height: 1)) }
                == ["/handicap█         5 hits · Enter jumps "])
        let hit = StatusBarModel.hit(position: "2/5", kind: "action", text: "Accueillir")
        #expect(drawn(60, 1) { StatusBar.render(hit, into: &$0, in: Rect(x: 0, y: 0, width: 60, height: 1)) }
                == [" 2/5  action: Accueillir   n next · p previous · Esc clears "])
    }

    @Test func detailPanelWrapsAndFrames() {
        let lines = [ItemDetails.Line("Suivre le nombre de stagiaires accueillis", .commitment), ItemDetails.Line("Open")]
        #expect(drawn(30, 5) { DetailPanel.render(lines, terms: [], into: &$0, in: Rect(x: 0, y: 0, width: 30, height: 5)) } == [
            "┌ Details ───────────────────┐",
            "│ Suivre le nombre de        │",
            "│ stagiaires accueillis      │",
            "│ Open                       │",
            "└────────────────────────────┘",
        ], "everything fits: no 'Enter: more'")
        #expect(drawn(30, 4) { DetailPanel.render(lines, terms: [], into: &$0, in: Rect(x: 0, y: 0, width: 30, height: 4)) } == [
            "┌ Details ───────────────────┐",
            "│ Suivre le nombre de        │",
            "│ stagiaires accueillis      │",
            "└────────────── Enter: more ─┘",
        ], "a line is cut off: Enter shows it")
    }

    @Test func overlayBoxScrollsAndSaysWhere() {
        let box = OverlayBoxModel(title: "Keys — panes", lines: (1...6).map { ItemDetails.Line("line \($0)") }, scroll: 2,
                                  preferredWidth: 30, footer: "Esc closes")
        #expect(drawn(32, 7) { OverlayBox.render(box, into: &$0) } == [
            "                                ",
            " ┌ Keys — panes ──────────────┐ ",
            " │ line 3                     │ ",
            " │ line 4                     │ ",
            " │ line 5                     │ ",
            " └──────  3–5/6 · Esc closes ─┘ ",
            "                                ",
        ])
    }

    @Test func confirmationWithCancelFocused() throws {
        let state = Fixtures.sampleState
        let dialog = ConfirmDialog(deleting: try Deletion(of: "uo-s1", in: state), id: "uo-s1", in: state)
        let grid = drawnGrid(44, 12) { ConfirmView.render(dialog, into: &$0) }
        #expect(grid.lines == [
            "                                            ",
            " ┌ Delete action? ────────────────────────┐ ",
            " │ “Diffuser les offres de stage des      │ ",
            " │ adhérents aux étudiants de l'UPMC”     │ ",
            " │                                        │ ",
            " │ This deletes the action.               │ ",
            " │ u undoes it afterwards.                │ ",
            " │                                        │ ",
            " │                [ Cancel ]  [ Delete ]  │ ",
            " └────────────────────────────────────────┘ ",
            "                                            ",
            "                                            ",
        ])
        #expect(grid.styleRuns(row: 8).contains("18-27 overlay+reverse"), "Cancel is the focused button")
    }

    @Test func aTooSmallConfirmationKeepsItsButtons() throws {
        let state = Fixtures.sampleState
        let dialog = ConfirmDialog(deleting: try Deletion(of: "uo-s1", in: state), id: "uo-s1", in: state)
        let lines = drawn(44, 9) { ConfirmView.render(dialog, into: &$0) }
        #expect(lines[6].contains("[ Cancel ]  [ Delete ]"))
    }
}
/// The sample data's state for view tests.
enum Fixtures {
    static var sampleState: AccordState {
        var state = AccordState.withBuiltInCategories
        _ = try! Reducer.apply(try! SampleData.change(for: state), to: &state)
        return state
    }
}
