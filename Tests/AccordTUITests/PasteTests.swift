import Testing
@testable import AccordCore
@testable import AccordTUI

/// Pasted text stays text: into the focused field only, never run as dashboard commands.
@Suite struct PasteTests {
    static let twoLines = "Relancer Opticsvalley\nLe directeur doit signer avant juin"

    /// Opens the add form on the checklist (a new action of the selected commitment).
    private func addForm(_ language: Language = .en) -> (DashboardRuntime, Store) {
        let store = DashboardFixture.sampleStore()
        let d = DashboardFixture.dashboard(store: store, language: language)
        d.press(.character("3"))
        d.press(.character("j"))
        d.press(.character("a"))
        return (d, store)
    }

    @Test(arguments: [Language.en, .fr])
    func aBracketedPasteGoesIntoTheFocusedFieldOnly(_ language: Language) throws {
        let (d, store) = addForm(language)
        let before = store.state.actions.count
        d.press(.paste(Self.twoLines + "\nLeu\u{1B}[31m\u{07}"))
        let form = try #require(d.form, "the form is still open: nothing was saved by the pasted line end")
        #expect(form.editor(.title).text == "Relancer Opticsvalley Le directeur doit signer avant juin Leu[31m",
                "line ends become spaces in a one-line field; control characters are dropped")
        #expect(store.state.actions.count == before)
        #expect(d.model.language == language, "a pasted L did not switch the language")
        d.press(.enter)
        #expect(d.form == nil && store.state.actions.count == before + 1)
        #expect(store.state.actions.values.contains { $0.title == "Relancer Opticsvalley Le directeur doit signer avant juin Leu[31m" })
    }

    @Test func aPasteIntoANoteKeepsItsLines() throws {
        let store = DashboardFixture.sampleStore()
        let d = DashboardFixture.dashboard(store: store)
        d.press(.character("3"))
        d.press(.character("j"))
        d.press(.character("j"))
        d.press(.character("N"))
        let id = try #require(d.selectedItemID)
        d.press(.paste("Premier point\r\nSecond point\rTroisième\tpoint"))
        d.press(.control("s"))
        #expect(store.state.actions[id]?.note.hasSuffix("Premier point\nSecond point\nTroisième point") == true,
                "CR LF and CR become line ends, a tab a space: \(store.state.actions[id]?.note.debugDescription ?? "nil")")
    }

    @Test func aPasteOverTheLimitIsRefusedWithASentence() throws {
        let (d, _) = addForm()
        d.press(.paste(String(repeating: "x", count: Key.pasteLimit + 1)))
        let form = try #require(d.form)
        #expect(form.editor(.title).text.isEmpty)
        #expect(form.error?.message == "Paste refused: more than 65,536 characters.")
        d.press(.paste(String(repeating: "y", count: Key.pasteLimit)))
        #expect(d.form?.editor(.title).text.count == Key.pasteLimit, "a paste at the limit is taken")
    }

    @Test(arguments: [Language.en, .fr])
    func aPasteOutsideAFormIsIgnoredAndSaid(_ language: Language) throws {
        let store = DashboardFixture.sampleStore()
        let d = DashboardFixture.dashboard(store: store, language: language)
        let state = store.state
        d.press(.paste("uLdqa"))
        #expect(d.model.mode == .panes && d.model.language == language)
        #expect(store.state == state, "nothing undone, deleted or added")
        let message = try #require(d.message)
        #expect(message.isError)
        #expect(message.text == (language == .en
            ? "Pasted text ignored (5 characters): paste into a form (a, e, N) or the search line (/)."
            : "Texte collé ignoré (5 caractères) : collez dans un formulaire (a, e, N) ou la ligne de recherche (/)."))
    }

    @Test func aPasteIntoTheSearchLineIsOneLineOfQuery() {
        let d = DashboardFixture.dashboard()
        d.press(.character("/"))
        d.press(.paste("stage\nq"))
        #expect(d.search?.text == "stage q")
        #expect(!d.shouldQuit)
    }

    /// Without bracketed paste, the terminal sends the paste as keys, all at once: the first
    /// line's Enter saves the form, and the keys already waiting are dropped, not run.
    @Test(arguments: [Language.en, .fr])
    func keysWaitingWhenAFormClosesAreDroppedAndCounted(_ language: Language) throws {
        let store = DashboardFixture.sampleStore()
        let d = DashboardFixture.dashboard(store: store, language: language)
        let before = store.state.actions.count
        let burst = Array(Self.twoLines).map { $0 == "\n" ? Key.enter : .character($0) }
        let backend = MemoryBackend(width: 80, height: 24, bursts: [[.character("3")], [.character("j")], [.character("a")], burst])
        DashboardLoop.run(d, on: backend)
        #expect(store.state.actions.count == before + 1)
        #expect(store.state.actions.values.contains { $0.title == "Relancer Opticsvalley" })
        #expect(d.model.language == language, "the pasted L did not switch the language")
        #expect(d.form == nil && d.model.mode == .panes, "the pasted e did not open a form")
        let dropped = "Le directeur doit signer avant juin".count
        #expect(d.message?.text.hasSuffix(language == .en ? "· \(dropped) keys typed ahead dropped"
                                                           : "· \(dropped) touches tapées d'avance ignorées") == true,
                "\(d.message?.text ?? "no message")")
        #expect(d.message?.tail != nil, "the save's own key to act (u to undo) stays")
    }

    @Test func ctrlZSuspendsAndRepaints() {
        let d = DashboardFixture.dashboard()
        let backend = MemoryBackend(width: 80, height: 24, keys: [.control("z"), .character("j")])
        DashboardLoop.run(d, on: backend)
        #expect(backend.suspensions == 1)
        #expect(backend.fullRedraws >= 1)
    }
}
