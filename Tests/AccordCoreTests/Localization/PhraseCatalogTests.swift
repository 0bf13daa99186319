import Testing
@testable import AccordCore

/// Every phrase of the core's catalogs has its French, differs from its English unless meant
/// to, and carries the same values in both languages.
@Suite struct PhraseCatalogTests {
    @Test func theCoreCatalogsAreTranslatedWhole() {
        let problems = PhraseAudit.problems(in: Phrases.core, named: "core")
            + PhraseAudit.problems(in: Phrases.model, named: "model")
            + PhraseAudit.problems(in: Phrases.report, named: "report")
            + PhraseAudit.problems(in: Phrases.importing, named: "importing")
            + PhraseAudit.problems(in: Phrases.journal, named: "journal")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(PhraseAudit.count(in: Phrases.core) > 80)
    }

    /// The audit itself finds what it is for: a French left in English, a value dropped, an
    /// empty text, a stored property that is not a phrase.
    @Test func theAuditNamesEachKindOfMistake() {
        struct Careless {
            let fine = Phrase(en: "Ticked '{title}'", fr: "Coché « {title} »")
            let meant = Phrase(both: "Notes")
            let leftInEnglish = Phrase(en: "Last changes", fr: "Last changes")
            let droppedValue = Phrase(en: "Deleted '{title}' ({id})", fr: "Supprimé « {title} »")
            let empty = Phrase(en: "Open", fr: "")
            let counted = CountedPhrase(en: ("{n} day", "{n} days"), fr: ("{n} jour", "{n} days"))
            let notAPhrase = "Overview"
        }
        let problems = PhraseAudit.problems(in: Careless(), named: "careless")
        #expect(problems.count == 5, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("careless.leftInEnglish: French is the English") })
        #expect(problems.contains { $0.hasPrefix("careless.droppedValue: placeholders differ") && $0.contains("[\"id\", \"title\"]") })
        #expect(problems.contains { $0 == "careless.empty: French is empty" })
        #expect(problems.contains { $0.hasPrefix("careless.counted.other: French is the English") })
        #expect(problems.contains { $0 == "careless.notAPhrase: neither a Phrase nor a CountedPhrase" })
    }

    @Test func valuesAreFilledByNameAndUnknownNamesAreLeftAlone() {
        let phrase = Phrase(en: "{who} changed {what} ({n}); {missing}", fr: "{who} a modifié {what} ({n}) ; {missing}")
        let values: [String: any Sendable] = ["who": "Cluster Nancy", "what": Phrases.model.agreement, "n": 12500]
        #expect(Language.$current.withValue(.en) { phrase(values) } == "Cluster Nancy changed agreement (12,500); {missing}")
        #expect(Language.$current.withValue(.fr) { phrase(values) } == "Cluster Nancy a modifié convention (12\u{202F}500) ; {missing}")
        // A value that holds braces is put in as it is, not read as a placeholder.
        #expect(Language.$current.withValue(.en) { Phrases.core.ticked(["title": "{n} {title}"]) } == "Ticked '{n} {title}'")
    }

    @Test func builtInNamesFollowTheLanguageAndRenamedOnesStay() {
        let internships = Category(id: "internships", name: "Internships")
        let renamed = Category(id: "internships", name: "Stages de M2")
        let own = Category(id: "territory-environment", name: "Environnement, enjeux urbains et sociaux")
        Language.$current.withValue(.fr) {
            #expect(internships.displayName == "Stages")
            #expect(Category(id: "disability-inclusion", name: "Disability inclusion").displayName == "Inclusion du handicap")
            #expect(Category(id: "joint-training", name: "Joint training").displayName == "Formation conjointe")
            #expect(renamed.displayName == "Stages de M2")
            #expect(own.displayName == own.name)
            #expect(AgreementStatus.active.displayName == "en cours")
            #expect(PartnerKind.engineeringSchool.displayName == "école d'ingénieurs")
            #expect(ItemField.shortName.label == "Sigle")
        }
        #expect(internships.displayName == "Internships")
        #expect(Category.builtIn.allSatisfy { $0.displayName == $0.name }, "English names are the stored ones")
    }

    /// Stored text never depends on the language: ids, raw values and the search index's words.
    @Test func storedValuesStayTheSameInFrench() {
        Language.$current.withValue(.fr) {
            #expect(PartnerKind.engineeringSchool.label == "engineering school")
            #expect(AgreementStatus.active.rawValue == "active")
            #expect(ItemKind.agreement.noun(count: 2) == "agreements", "command names in messages ('accord list agreements')")
        }
    }
}
