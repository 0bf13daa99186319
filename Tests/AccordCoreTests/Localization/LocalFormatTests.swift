import Testing
@testable import AccordCore

/// Plurals, dates and numbers in each language, from tables.
@Suite struct LocalFormatTests {
    @Test(arguments: [
        (0, "0 action", "0 actions"), (1, "1 action", "1 action"), (2, "2 actions", "2 actions"), (1000, "1\u{202F}000 actions", "1,000 actions"),
    ])
    func frenchTreatsZeroAndOneAsSingular(count: Int, french: String, english: String) {
        #expect(Language.$current.withValue(.fr) { Phrases.model.countedActions(count) } == french)
        #expect(Language.$current.withValue(.en) { Phrases.model.countedActions(count) } == english)
    }

    @Test func pluralsInSentences() {
        Language.$current.withValue(.fr) {
            #expect(Phrases.core.statusEndsIn(1, ["status": "en cours"]) == "en cours, expire dans 1 jour")
            #expect(Phrases.core.statusEndsIn(0, ["status": "en cours"]) == "en cours, expire dans 0 jour")
            #expect(Phrases.core.statusEndsIn(40, ["status": "en cours"]) == "en cours, expire dans 40 jours")
            #expect(AgreementStanding.Note.endsIn(days: 40).text == "expire dans 40 j")
            #expect(AgreementStanding.Note.late(1).text == "!1 retard")
            #expect(ItemCounts(addedBy: Change(label: "", events: [])).description == "rien")
        }
        Language.$current.withValue(.en) {
            #expect(Phrases.core.statusEndsIn(0, ["status": "active"]) == "active, ends in 0 days")
            #expect(AgreementStanding.Note.endsIn(days: 40).text == "ends in 40d")
        }
    }

    @Test(arguments: [
        ("2023-10-09", "9 oct. 2023", "oct. 2023"), ("2026-11-30", "30 nov. 2026", "nov. 2026"), ("2022-09-01", "1 sept. 2022", "sept. 2022"),
        ("2021-06-30", "30 juin 2021", "juin 2021"), ("2024-02-29", "29 févr. 2024", "févr. 2024"), ("2026-08-15", "15 août 2026", "août 2026"),
        ("2025-12-31", "31 déc. 2025", "déc. 2025"),
    ])
    func frenchDates(iso: String, date: String, month: String) throws {
        let day = try #require(Day(iso))
        #expect(LocalFormat.date(day, in: .fr) == date)
        #expect(LocalFormat.month(day, in: .fr) == month)
        // English keeps ISO dates: sortable, and the same in every English-speaking country.
        #expect(LocalFormat.date(day, in: .en) == iso)
        #expect(LocalFormat.month(day, in: .en) == String(iso.prefix(7)))
    }

    @Test func numbersAndPercentages() {
        #expect(LocalFormat.number(999, in: .fr) == "999")
        #expect(LocalFormat.number(12_500, in: .fr) == "12\u{202F}500")
        #expect(LocalFormat.number(1_234_567, in: .en) == "1,234,567")
        #expect(LocalFormat.number(-4_000, in: .fr) == "-4\u{202F}000")
        #expect(LocalFormat.percent(45, in: .fr) == "45\u{202F}%")
        #expect(LocalFormat.percent(45, in: .en) == "45%")
    }

    /// Typed dates stay ISO in French, and French words for today are understood.
    @Test func typedDatesInAFrenchForm() throws {
        let state = Fixtures.small
        let today = Fixtures.day
        try Language.$current.withValue(.fr) {
            var draft = try #require(ItemDraft(editing: "a1", in: state))
            draft[.done] = "aujourd'hui"
            guard case .actionUpdated(let action, _) = try draft.event(in: state, today: today) else { Issue.record("not an update"); return }
            #expect(action.doneOn == today)
            // A date as the French screens write it is read back.
            draft[.done] = "9 oct. 2023"
            guard case .actionUpdated(let copied, _) = try draft.event(in: state, today: today) else { Issue.record("not an update"); return }
            #expect(copied.doneOn == Day("2023-10-09"))
            draft[.done] = "9 brumaire 2023"
            #expect(throws: FieldError(.done, "« 9 brumaire 2023 » n'est pas une date ; écrivez 31/12/2026, 2026-12-31, aujourd'hui, demain, +7j, +2s ou un jour de la semaine (nous sommes le 2026-03-14).")) {
                try draft.event(in: state, today: today)
            }
        }
    }
}
