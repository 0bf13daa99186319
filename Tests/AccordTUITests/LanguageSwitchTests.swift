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
