import Testing
@testable import AccordCore
@testable import AccordTUI

/// A walk through every mode, dialog and message of the dashboard in French, looking for
/// English left in the code rather than in the catalogs: no word that only the English side of
/// the catalogs uses may appear on a French screen.
@Suite struct FrenchWalkTests {
    /// Words of four letters or more that the English phrases use and no French phrase does.
    static let englishOnly: Set<String> = {
        let catalogs: [Any] = [Phrases.core, Phrases.model, Phrases.report, Phrases.importing, Phrases.journal, Phrases.dashboard, Phrases.dialog]
        let phrases = catalogs.flatMap { PhraseAudit.phrases(in: $0, named: "").map(\.phrase) } + Bindings.all.flatMap(\.phrases)
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
        }
        let french = phrases.reduce(into: Set<String>()) { $0.formUnion(words($1.french)) }
        let english = phrases.reduce(into: Set<String>()) { $0.formUnion(words($1.english)) }
        // Words of the sample data (French text) are not English left behind.
        return english.subtracting(french).subtracting(words(SampleData.yaml))
    }()

    private func englishWords(on screen: String) -> [String] {
        screen.lowercased().split { !$0.isLetter }.map(String.init).filter { Self.englishOnly.contains($0) }
    }

    @Test func noEnglishWordOnAnyFrenchScreen() {
        #expect(Self.englishOnly.contains("nothing") && Self.englishOnly.contains("cancel"), "the word list is real")
        // The sample data loaded as a change, so that undoing it asks first (it removes many items).
        let store = Store(ledger: Ledger(), journal: nil, now: DashboardFixture.now)
        Language.$current.withValue(.fr) { _ = try? store.perform(try SampleData.change(for: store.state)) }
        let d = DashboardFixture.dashboard(store: store, language: .fr)
        var seen: [(String, String)] = []
        func look(_ step: String) {
            seen.append((step, d.frame.text + "\n" + (d.message?.text ?? "") + " " + (d.message?.tail ?? "")))
        }
        let walk: [(String, [Key])] = [
            ("start", []), ("help", [.character("?")]), ("close help", [.escape]),
            ("partners", [.character("1"), .character("j")]), ("details of a partner", [.enter]), ("close", [.escape]),
            ("agreements", [.character("2")]), ("details of an agreement", [.enter]), ("close", [.escape]),
            ("checklist", [.character("3"), .character("j"), .character("j")]), ("tick", [.character(" ")]),
            ("undo", [.character("u")]), ("redo", [.control("r")]), ("undo again", [.character("u")]),
            ("nothing to redo", [.control("r"), .control("r")]),
            ("untick asks", [.character("k"), .character(" ")]), ("untick cancelled", [.escape]),
            ("undo many asks", [.character("u"), .character("u")]), ("undo many cancelled", [.escape]),
            ("undo many cancelled with the button", [.character("u"), .character("u"), .enter]),
            ("delete asks", [.character("2"), .character("d")]), ("delete help", [.character("?")]), ("delete cancelled", [.escape, .escape]),
            ("add agreement", [.character("a")]), ("form help", [.function(1)]), ("form back", [.escape]),
            ("refused", [.enter]), ("cancel form", [.escape]),
            ("edit", [.character("e")]), ("nothing changed", [.enter]),
            ("note", [.character("N")]), ("note cancelled", [.escape]),
            ("commitment form", [.character("A")]), ("commitment cancelled", [.escape]),
            ("search", [.character("/")]), ("typing", [.character("z"), .character("z"), .character("q")]),
            ("search help", [.function(1)]), ("search back", [.escape]), ("search cancelled", [.escape]),
            ("search hits", [.character("/"), .character("s"), .character("t"), .character("a"), .character("g"), .enter]),
            ("next hit", [.character("n")]), ("clear", [.escape]), ("nothing to clear", [.escape]),
            ("overview", [.character("o")]), ("overview bottom", [.character("G")]), ("overview help", [.character("?")]),
            ("overview key", [.escape, .character("z")]), ("no conflict", [.character("T")]),
            ("theme", [.character("t")]), ("back", [.escape]), ("sync without a journal", [.character("S")]),
            ("agenda", [.character("D")]), ("agenda help", [.character("?")]), ("agenda back", [.escape, .escape]),
            ("renew asks", [.character("1"), .character("g"), .character("2"), .character("g"), .character("j"), .character("R")]), ("renew cancelled", [.escape]),
            ("open a link here", [.character("O")]), ("details with links", [.enter]), ("close", [.escape]),
            ("no link", [.character("g"), .character("O")]), ("renew without an end", [.character("R")]),
        ]
        for (step, keys) in walk {
            for key in keys { d.press(key) }
            look(step)
        }
        // The walk reached the screens it names.
        #expect(seen.contains { $0.0 == "agenda" && $0.1.contains("D Agenda") && $0.1.contains("En retard (") })
        #expect(seen.contains { $0.0 == "renew asks" && $0.1.contains("Renouveler la convention ?") })
        #expect(seen.contains { $0.0 == "details with links" && $0.1.contains("Liens") })
        for (step, screen) in seen {
            let english = englishWords(on: screen)
            #expect(english.isEmpty, "\(step): \(english) in\n\(screen)")
        }
    }
}
