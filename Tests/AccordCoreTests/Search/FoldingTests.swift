import Testing
@testable import AccordCore

@Suite struct FoldingTests {
    @Test(arguments: [
        ("Université", "universite"), ("UNIVERSITE", "universite"), ("ÉCOLE", "ecole"), ("École", "ecole"),
        ("Œuvre", "oeuvre"), ("cœur", "coeur"), ("Lætitia", "laetitia"), ("Straße", "strasse"),
        ("Alès", "ales"), ("Bièvre", "bievre"), ("Créteil", "creteil"), ("Île-de-France", "ile-de-france"),
        ("Ça", "ca"), ("naïve", "naive"), ("Ñandú", "nandu"), ("Øresund", "oresund"),
        ("e\u{301}cole", "ecole"), ("東京", "東京"), ("Hassan 1er", "hassan 1er"),
    ])
    func folding(input: String, expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    @Test(arguments: [
        ("l'Université", ["l", "universite"]), ("l’incubateur", ["l", "incubateur"]),
        ("Paris-Sud 11", ["paris", "sud", "11"]), ("Grand-Orly Seine Bièvre", ["grand", "orly", "seine", "bievre"]),
        ("« Industrie du Futur »", ["industrie", "du", "futur"]), ("C2IME, UIMM/UL", ["c2ime", "uimm", "ul"]),
        ("Ma thèse en 180 secondes", ["ma", "these", "en", "180", "secondes"]), ("ÉCOLE", ["ecole"]),
        ("  ", []), ("Silver Innov'", ["silver", "innov"]),
    ])
    func tokenizing(input: String, expected: [String]) {
        #expect(Tokenizer.tokens(input) == expected)
    }

    @Test func highlightMarksTheMatchedStartInTheOriginalText() {
        #expect(SearchHighlight.marked("L'Incubateur commun", terms: ["incub"]) == "L'«Incub»ateur commun")
        #expect(SearchHighlight.marked("Université de Lorraine", terms: ["universite", "lor"]) == "«Université» de «Lor»raine")
        #expect(SearchHighlight.marked("Œuvre", terms: ["oeu"]) == "«Œu»vre")
        #expect(SearchHighlight.marked("nothing here", terms: ["zzz"]) == "nothing here")
    }

    @Test func queriesParseWordsPhrasesAndFilters() throws {
        let q = try SearchQuery.parse(#"Stage "mission handicap" category:disability partner:"grand orly" status:open due:overdue l'UPMC"#)
        #expect(q.terms == ["stage", "upmc"], "the elision l' is dropped")
        #expect(q.phrases == [["mission", "handicap"]])
        #expect(q.categories == ["disability"])
        #expect(q.partners == ["grand orly"])
        #expect(q.status == .open)
        #expect(q.overdueOnly)
        #expect(try SearchQuery.parse("   ").isEmpty)
        #expect(try SearchQuery.parse("\"incomplete phr").phrases == [["incomplete", "phr"]])
        #expect(throws: SearchQuery.Problem.self) { try SearchQuery.parse("status:maybe") }
        #expect(throws: SearchQuery.Problem.self) { try SearchQuery.parse("due:tomorrow") }
        #expect(try SearchQuery.parse("http://x").terms == ["http", "x"])
    }
}

@Suite struct SafeTextJoinerTests {
    @Test func joinersAfterASCIIAreShownAndEmojiSequencesKeepTheirs() {
        #expect(SafeText.escaped("joiner\u{200D}") == "joiner<U+200D>")
        #expect(SafeText.escaped("\u{200C}x") == "<U+200C>x")
        #expect(SafeText.escaped("👩\u{200D}🎓") == "👩\u{200D}🎓")
        #expect(SafeText.escaped("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }
}
