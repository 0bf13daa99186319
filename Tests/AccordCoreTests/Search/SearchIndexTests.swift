import Testing
@testable import AccordCore

@Suite struct SearchIndexTests {
    let state = Fixtures.sample
    let today = Day("2026-11-22")!

    private func ids(_ text: String, limit: Int? = nil) throws -> [String] {
        SearchIndex(state).search(try SearchQuery.parse(text), in: state, today: today, limit: limit).map(\.id)
    }

    @Test func universiteFindsTheUniversitiesFirst() throws {
        let hits = try ids("universite")
        // The six partners whose name says "Université" rank first (name matches, partners at the top of the tree).
        #expect(Set(hits.prefix(6)) == ["upmc", "paris-sud", "univ-evry", "upec", "univ-lorraine", "uh1-settat"])
        #expect(try ids("UNIVERSITÉ") == hits)
        #expect(try ids("Université") == hits)
    }

    /// A French elision is not a word of its own in a query: "l'Université" finds what
    /// "université" finds, and "l" does not mark every word starting with it.
    @Test func frenchElisionsAreDroppedFromQueries() throws {
        #expect(try ids("l'Université") == ids("universite"))
        #expect(try ids("d’incubateur") == ids("incubateur"))
        #expect(try ids("qu'Opticsvalley") == ids("opticsvalley"))
        #expect(try SearchQuery.parse("l'Université de Lorraine").highlightTerms == ["universite", "de", "lorraine"])
        #expect(try SearchQuery.parse("aujourd'hui").terms == ["aujourd", "hui"], "only a leading elision goes")
        #expect(try SearchQuery.parse("\"l'université\"").phrases == [["l", "universite"]], "phrases keep it, as the text has it")
    }

    @Test func handicapFindsTheDisabilityCommitmentFirst() throws {
        let hits = try ids("handicap")
        #expect(hits.first == "uo-handicap")
        #expect(hits.contains("uo-h1") && hits.contains("uo-h2") && hits.contains("uo-h3"))
    }

    @Test func incubFindsIncubateurAndIncubator() throws {
        let hits = try ids("incub")
        #expect(hits.contains("me-incubateur"), "incubateur")
        #expect(hits.contains("incubator"), "the built-in category 'Incubator'")
        #expect(hits.contains("silver-innov"), "a partner of kind incubator")
        #expect(hits.contains("cite-innovation-settat"))
    }

    @Test func severalWordsAreANDed() throws {
        let both = try ids("stage upmc")
        #expect(both.contains("uo-s1"))
        #expect(!both.contains("mn-s1"), "Settat internships do not mention UPMC")
        #expect(try ids("handicap zzzz").isEmpty)
    }

    @Test func rankingPutsTitleBeforeDescriptionAndWholeWordBeforePrefix() throws {
        let hits = SearchIndex(state).search(try SearchQuery.parse("lorraine"), in: state, today: today)
        let titleHit = try #require(hits.first { $0.id == "uimm-ul" })
        #expect(titleHit.matchedTitle)
        let scores = Dictionary(uniqueKeysWithValues: hits.map { ($0.id, $0.score) })
        #expect(scores["univ-lorraine"]! > scores["cr-grand-est", default: 0])
        let prefix = SearchIndex(state).search(try SearchQuery.parse("lorr"), in: state, today: today)
        #expect(prefix.first { $0.id == "uimm-ul" }!.score < titleHit.score, "prefix scores below whole word")
        // On equal scores, agreements come before commitments and actions.
        let equal = hits.filter { $0.score == titleHit.score }.map(\.kind)
        #expect(equal == equal.sorted { SearchIndex.depth($0) < SearchIndex.depth($1) })
    }

    @Test func phrasesMustAppearInOrder() throws {
        #expect(try ids(#""mission handicap""#) == ["uo-h1"])
        #expect(try ids(#""handicap mission""#).isEmpty)
        #expect(try ids(#""Industrie du Futur""#).contains("ul-industrie-futur"))
    }

    @Test func filters() throws {
        #expect(try ids("category:disability-inclusion").sorted() == ["disability-inclusion", "uo-h1", "uo-h2", "uo-h3", "uo-handicap"])
        #expect(try ids("category:mission").isEmpty, "category filters by category, not by text")
        #expect(try ids("category:incubator status:open").sorted() == ["me-i1", "me-i2", "me-i3"])
        #expect(try ids("status:done partner:enscm").sorted() == ["me-f1", "me-t1"])
        #expect(try ids("partner:\"grand orly\" sante").contains("ug-r1"))
        #expect(try ids("due:overdue").sorted() == ["me-f2", "mn-w1", "ug-n2", "ug-recherche", "ul-a2"])
        #expect(try ids("stage status:done").allSatisfy { state.actions[$0]?.isDone == true })
    }

    /// The filters in French: their names, their values, and built-in categories by French name.
    @Test func frenchFilters() throws {
        #expect(try ids("catégorie:inclusion") == ids("category:disability-inclusion"))
        #expect(try ids("categorie:incubateur statut:ouvert").sorted() == ["me-i1", "me-i2", "me-i3"])
        #expect(try ids("statut:fait partenaire:enscm").sorted() == ["me-f1", "me-t1"])
        #expect(try ids("échéance:retard") == ids("due:overdue"))
        let problem = Language.$current.withValue(.fr) { () -> String in
            do { _ = try SearchQuery.parse("statut:peut-être"); return "" } catch { return "\(error)" }
        }
        #expect(problem.hasPrefix("statut: prend fait ou ouvert"))
    }

    @Test func limitKeepsTheBest() throws {
        #expect(try ids("universite", limit: 2) == Array(try ids("universite").prefix(2)))
    }

    @Test func theIndexFollowsChangesWithoutARebuild() throws {
        let store = Store(ledger: Ledger(state: state), journal: nil)
        var index = SearchIndex(store.state)
        func apply(_ change: Change) throws {
            let applied = try store.perform(change)
            index.update(for: applied, in: store.state)
        }
        try apply(Change(label: "tick", events: [.actionTicked(id: "uo-h1", on: today)]))
        try apply(Change(label: "note", events: [.noteSet(id: "uo-h2", note: "Rencontre avec l'Agefiph")]))
        var renamed = state.commitments["me-incubateur"]!
        renamed.title = "Pépinière commune"
        try apply(Change(label: "edit", events: [.commitmentUpdated(renamed)]))
        try apply(Change(label: "add", events: [.actionCreated(Action(id: "zz", commitmentID: "uo-handicap", title: "Nouveau zèbre", rank: 900))]))
        #expect(index == SearchIndex(store.state))
        #expect(index.search(try SearchQuery.parse("agefiph"), in: store.state, today: today).map(\.id) == ["uo-h2"])
        #expect(index.search(try SearchQuery.parse("zebre"), in: store.state, today: today).map(\.id) == ["zz"])
        let undone = try store.undo()
        index.update(for: undone, in: store.state)
        let undone2 = try store.undo()
        index.update(for: undone2, in: store.state)
        #expect(index == SearchIndex(store.state))
        #expect(index.search(try SearchQuery.parse("zebre"), in: store.state, today: today).isEmpty)
        #expect(index.search(try SearchQuery.parse("incubateur"), in: store.state, today: today).map(\.id).contains("me-incubateur"))
    }
}

@Suite struct SearchIndexLimitsTests {
    @Test func aQueryOfThousandsOfWordsIsHandled() throws {
        let state = Fixtures.sample
        let query = try SearchQuery.parse(String(repeating: "handicap ", count: 300))
        #expect(SearchIndex(state).search(query, in: state, today: Day("2026-11-22")!).isEmpty)
        let many = try SearchQuery.parse(String(repeating: "handicap ", count: 200))
        #expect(SearchIndex(state).search(many, in: state, today: Day("2026-11-22")!).first?.id == "uo-handicap")
    }
}

@Suite struct RankedDocumentTests {
    @Test(arguments: [10, 2_049, 50_000])
    func sortsByKeyLikeTheStandardSort(count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        var items = (0..<count).map { i in
            // Keys shaped like the search's: a score in the top bits, a depth, a unique rank.
            RankedDocument(key: UInt64(random.next() % 40) << 48 | UInt64(random.next() % 5) << 44 | UInt64(i),
                           number: Int32(i), inTitle: i % 2 == 0)
        }
        items.shuffle(using: &random)
        let expected = items.sorted { $0.key < $1.key }.map(\.number)
        RankedDocument.sort(&items)
        #expect(items.map(\.number) == expected)
    }
}
