import Testing
@testable import AccordCore
@testable import AccordTUI

/// An agreement form adds the partner it names but that does not exist yet (Ctrl-N), and an
/// empty dashboard says what to do first.
@Suite struct NestedPartnerFormTests {
    private func emptyDashboard(_ language: Language = .en) -> (DashboardRuntime, Store) {
        let store = Store(ledger: Ledger(), journal: nil, now: DashboardFixture.now)
        return (DashboardFixture.dashboard(store: store, language: language), store)
    }

    @Test(arguments: [Language.en, .fr])
    func emptyDataSaysWhatToDoFirst(_ language: Language) {
        let (d, _) = emptyDashboard(language)
        let screen = d.frame.text
        #expect(screen.contains(language == .en ? "Nothing here yet. To start:" : "Rien ici pour l'instant. Pour commencer :"), "\(screen)")
        // Wrapped in the narrow pane, whole: its inner cells read line by line.
        let frame = d.frame
        let inner = d.layout.pane(.agreements).inset(1)
        let pane = (inner.y..<inner.maxY).map { y in (inner.x..<inner.maxX).map { frame[$0, y].text }.joined() }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(pane == (language == .en ? "No agreement yet: a adds one" : "Pas encore de convention : a en ajoute une"), "\(pane)")
        #expect(screen.contains("Ctrl-N"))
    }

    @Test func ctrlNAddsTheSignatoryAndComesBackWithIt() throws {
        let (d, store) = emptyDashboard()
        d.press(.character("2"))
        d.press(.character("a"))
        d.type("Un incubateur commun")
        d.press(.tab)
        #expect(d.form?.focusedField == .signatories)
        d.type("IMT Mines Alès")
        #expect(d.frame.text.contains("No partner is called 'IMT Mines Alès': Ctrl-N adds it."))
        d.press(.control("n"))
        let nested = try #require(d.form)
        #expect(nested.draft.kind == .partner && nested.editor(.name).text == "IMT Mines Alès" && nested.over.count == 1)
        d.press(.enter)
        // Back in the agreement form, the new partner in the field, the title kept.
        let back = try #require(d.form)
        #expect(back.draft.kind == .agreement && back.over.isEmpty)
        #expect(back.editor(.title).text == "Un incubateur commun")
        #expect(back.editor(.signatories).text == "imt-mines-ales, ")
        #expect(d.message?.text == "Added partner 'IMT Mines Alès'")
        // A second one, and Esc on a nested form goes back without adding.
        d.type("ENSCM")
        d.press(.control("n"))
        d.press(.escape)
        #expect(d.form?.draft.kind == .agreement && d.message?.text == "No partner added; back in the first form.")
        #expect(store.state.partners.count == 1)
        d.press(.control("n"))
        d.press(.enter)
        d.press(.enter)
        #expect(d.form == nil, "the agreement saved")
        let agreement = try #require(store.state.agreements.values.first)
        #expect(agreement.title == "Un incubateur commun" && agreement.signatories == ["imt-mines-ales", "enscm"])
        // One undo per step: the agreement, then each partner.
        d.press(.character("u"))
        #expect(store.state.agreements.isEmpty && store.state.partners.count == 2)
    }

    @Test func ctrlNElsewhereDoesNothing() {
        let (d, _) = emptyDashboard()
        d.press(.character("2"))
        d.press(.character("a"))
        d.press(.control("n"))
        #expect(d.form?.draft.kind == .agreement && d.form?.over.isEmpty == true, "Ctrl-N in the title field opens no partner form")
    }
}
