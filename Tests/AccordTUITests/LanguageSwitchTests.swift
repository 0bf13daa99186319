import Testing
@testable import AccordCore
@testable import AccordTUI

/// `L` switches the dashboard's language at once and remembers it; the key tables and
/// screens have every phrase in both languages.
@Suite struct LanguageSwitchTests {
    @Test func lSwitchesEveryTextAndTheRuntimeRemembersIt() {
        let d = DashboardFixture.dashboard()
        var remembered: [Language] = []
        d.onLanguageChange = { remembered.append($0); return nil }
        d.press(.character("o"))
        #expect(d.frame.text.contains("0 Overview"))
        d.press(.character("L"))
        #expect(d.model.language == .fr)
        #expect(remembered == [.fr])
        let french = d.frame.text
        #expect(french.contains("0 Bilan") && french.contains("Totaux") && french.contains("Catégories"),
                "the overview is made again in French")
        #expect(d.message?.text == "Langue : français")
        #expect(d.message?.tail == "L pour la suivante")
        d.press(.escape)
        #expect(d.frame.text.contains("2 Conventions"))
        d.press(.character("L"))
        #expect(remembered == [.fr, .en])
        #expect(d.frame.text.contains("2 Agreements"))
        #expect(d.message?.text == "Language: English")
    }

    /// A colleague's change made in English reads in French on a French dashboard, in the
    /// status bar and in the overview's last changes — and in English again after `L`.
    @Test func aChangeMadeInEnglishElsewhereReadsInTheDashboardsLanguage() throws {
        var d = DashboardFixture.pure()
        d.press(.character("L"))
        #expect(d.model.language == .fr)
        var action = try #require(d.state.actions["uo-s2"])
        action.title = "Suivre les stages"
        let change = Language.$current.withValue(.en) {
            Change(ChangeLabel(.edited, kind: .action, title: action.title), events: [.actionUpdated(action, fields: ["title"])])
        }
        let inverse = try Reducer.apply(change, to: &d.state)
        d.send(.recordsCommitted([CommittedRecord(record: JournalRecord(replica: "b1", seq: 3, at: "2026-11-22T10:00:00Z", kind: .change,
                                                                         change: change),
                                                   inverse: inverse, origin: .elsewhere)]))
        let said = try #require(d.model.message?.text)
        #expect(said.hasPrefix("Ailleurs : Modification") && said.contains("« Suivre les stages »"), "\(said)")
        let recent = Language.$current.withValue(.fr) { d.model.recent.entries.last?.description }
        #expect(recent.map { said.hasPrefix("Ailleurs : " + $0) } == true, "\(String(describing: recent))")
        d.press(.character("L"))
        #expect(Language.$current.withValue(.en) { d.model.recent.entries.last?.description } == "Edited action 'Suivre les stages'")
    }

    @Test func aLanguageThatCannotBeRememberedIsSaidButUsed() {
        let d = DashboardFixture.dashboard()
        d.onLanguageChange = { _ in "Langue utilisée mais non retenue : disque plein" }
        d.press(.character("L"))
        #expect(d.model.language == .fr)
        #expect(d.message?.text == "Langue utilisée mais non retenue : disque plein")
        #expect(d.message?.isError == true)
    }

    @Test func changesAndRefusalsAreSaidInTheDashboardsLanguage() {
        let d = DashboardFixture.dashboard(language: .fr)
        d.press(.character("3"))
        d.press(.character("j")); d.press(.character("j"))
        d.press(.character(" "))
        #expect(d.message?.text.hasPrefix("Coché « ") == true, "\(String(describing: d.message))")
        #expect(d.message?.tail == "u pour annuler")
        d.press(.character("u"))
        #expect(d.message?.text.hasPrefix("Annulé : Coché « ") == true)
        d.press(.control("r")); d.press(.control("r"))
        #expect(d.message?.text == "Rien à rétablir.")
        d.press(.character("2"))
        d.press(.character("e"))
        d.press(.control("u"))
        d.press(.enter)
        let screen = d.frame.text
        #expect(screen.contains("✗ ne peut pas être vide."), "\(screen)")
    }

    @Test func everyDashboardPhraseHasItsFrench() {
        var problems = PhraseAudit.problems(in: Phrases.dashboard, named: "dashboard")
            + PhraseAudit.problems(in: Phrases.dialog, named: "dialog")
        for (tableIndex, table) in Bindings.all.enumerated() {
            for (index, phrase) in table.phrases.enumerated() {
                problems += PhraseAudit.problems(of: phrase, named: "Bindings.all[\(tableIndex)][\(index)]")
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
