import Testing
@testable import AccordCore

@Suite struct ItemDraftTests {
    let today = Fixtures.day

    @Test func newAgreementTakesPartnersByIdShortOrFullNameAndMakesAnId() throws {
        let state = Fixtures.small
        var draft = ItemDraft(new: .agreement, in: state)
        draft[.title] = "Convention Banque–Université"
        draft[.signatories] = "UE, Banque"
        draft[.signed] = "2025-09-01"
        draft[.term] = "4"
        let event = try draft.event(in: state, today: today)
        guard case .agreementCreated(let agreement) = event else { Issue.record("\(event)"); return }
        #expect(agreement.id == "convention-banque-universite")
        #expect(agreement.signatories == ["uni", "bank"])
        #expect(agreement.endDate == Day("2029-09-01"))
        #expect(agreement.status == .active)
        #expect(agreement.rank == state.nextRank)
    }

    @Test func anAgreementOrCommitmentIsNamedByIdInAnyCaseOrByItsTitle() throws {
        var state = Fixtures.small
        var draft = ItemDraft(new: .action, in: state)
        draft[.title] = "Relancer"
        draft[.commitment] = "STAGES"
        guard case .actionCreated(let byTitle) = try draft.event(in: state, today: today) else { Issue.record(); return }
        #expect(byTitle.commitmentID == "c-stages", "the title, case and accents ignored")
        draft[.commitment] = "C-Stages"
        guard case .actionCreated(let byID) = try draft.event(in: state, today: today) else { Issue.record(); return }
        #expect(byID.commitmentID == "c-stages")
        draft[.commitment] = "Former"
        #expect(throws: FieldError(.commitment, "no commitment has the id or title 'Former' (see 'accord list commitments').")) {
            try draft.event(in: state, today: today)
        }
        try Reducer.apply(.commitmentCreated(Commitment(id: "c-stages-2", agreementID: "uni-clu", categoryID: "internships",
                                                        title: "Stages", rank: state.nextRank)), to: &state)
        draft[.commitment] = "stages"
        #expect(throws: FieldError(.commitment, "2 commitments are called 'stages'; give the id (c-stages, c-stages-2).")) {
            try draft.event(in: state, today: today)
        }
    }

    @Test func aCommitmentsOwnerIsOneOfItsAgreementsPartners() throws {
        var state = Fixtures.small
        var draft = ItemDraft(new: .commitment, in: state)
        draft[.title] = "Forum"
        draft[.agreement] = "uni-clu"
        draft[.category] = "internships"
        draft[.owner] = "Banque"
        #expect(throws: FieldError(.owner, "'Banque' is not a partner of this agreement (its partners: UE, Cluster Test).")) {
            try draft.event(in: state, today: today)
        }
        draft[.owner] = "clu"
        guard case .commitmentCreated(let forum) = try draft.event(in: state, today: today) else { Issue.record(); return }
        #expect(forum.ownerID == "clu")
        // An owner a commitment already had (imported before the rule) does not block other edits.
        try Reducer.apply(.commitmentUpdated(Commitment(id: "c-stages", agreementID: "uni-clu", categoryID: "internships",
                                                        title: "Stages", ownerID: "bank", rank: 24)), to: &state)
        var edit = try #require(ItemDraft(editing: "c-stages", in: state))
        edit[.title] = "Stages d'été"
        guard case .commitmentUpdated(let kept, let fields) = try edit.event(in: state, today: today) else { Issue.record(); return }
        #expect(kept.ownerID == "bank" && kept.title == "Stages d'été")
        #expect(fields == ["title"], "an edit names the fields it sets")
    }

    @Test func eachBadFieldIsNamed() {
        let state = Fixtures.small
        func problem(_ kind: ItemKind, parent: String? = nil, _ values: [ItemField: String]) -> ItemField? {
            var draft = ItemDraft(new: kind, parent: parent, in: state)
            for (field, value) in values { draft[field] = value }
            do { _ = try draft.event(in: state, today: today); return nil } catch { return error.field }
        }
        #expect(problem(.agreement, [.title: "", .signatories: "uni, clu"]) == .title)
        #expect(problem(.agreement, [.title: "T", .signatories: "uni, nobody"]) == .signatories)
        #expect(problem(.agreement, [.title: "T", .signatories: "uni, clu", .signed: "2025-13-01"]) == .signed)
        #expect(problem(.agreement, [.title: "T", .signatories: "uni, clu", .term: "0"]) == .term)
        #expect(problem(.agreement, [.title: "T", .signatories: "uni, clu", .status: "lost"]) == .status)
        #expect(problem(.agreement, [.title: "T", .signatories: "uni, clu", .id: "Bad Id"]) == .id)
        #expect(problem(.agreement, [.title: "T", .signatories: "uni, clu", .id: "a1"]) == .id)
        #expect(problem(.commitment, parent: "nope", [.title: "T"]) == .agreement)
        #expect(problem(.commitment, parent: "uni-clu", [.title: "T", .owner: "uni, clu"]) == .owner)
        #expect(problem(.commitment, parent: "uni-clu", [.title: "T", .category: "xyz"]) == .category)
        #expect(problem(.action, parent: "uni-clu", [.title: "T"]) == .commitment)
        #expect(problem(.partner, [.name: "P", .kind: "alien"]) == .kind)
        #expect(problem(.action, parent: "c-stages", [.title: "T", .due: "today"]) == nil)
    }

    @Test func tooFewSignatoriesFromTheReducerLandsOnTheField() throws {
        let store = Store(ledger: Ledger(state: Fixtures.small), journal: nil)
        var draft = ItemDraft(new: .agreement, in: store.state)
        draft[.title] = "Seul"
        draft[.signatories] = "uni, UE"
        #expect(throws: FieldError.self) { try store.save(draft) }
        do { try store.save(draft) } catch let error as FieldError {
            #expect(error.field == .signatories)
            #expect(error.message.contains("two different signatories"))
        } catch { Issue.record("\(error)") }
        #expect(store.state == Fixtures.small)
    }

    @Test func editingKeepsIdAndRankAndRoundTripsEveryField() throws {
        let state = Fixtures.small
        for id in ["uni", "uni-clu", "c-stages", "a2"] {
            let draft = try #require(ItemDraft(editing: id, in: state))
            let event = try draft.event(in: state, today: today)
            var copy = state
            try Reducer.apply(event, to: &copy)
            #expect(copy == state, "editing \(id) without a change changes nothing")
        }
    }

    @Test func setRefusesAFieldTheKindHasNot() throws {
        var draft = try #require(ItemDraft(editing: "a1", in: Fixtures.small))
        #expect(throws: FieldError.self) { try draft.set(.signatories, to: "x") }
        try draft.set(.due, to: "2026-04-01")
        #expect(draft[.due] == "2026-04-01")
    }

    @Test func idsAreMadeFromTitlesAndKeptUnique() {
        let state = Fixtures.small
        #expect(ItemID.unique(from: "Stage d'été — Œuvre", fallback: "action", in: state) == "stage-d-ete-oeuvre")
        #expect(ItemID.unique(from: "a1", fallback: "action", in: state) == "a1-2")
        #expect(ItemID.unique(from: "!!!", fallback: "action", in: state) == "action")
        #expect(ItemID.isValid(ItemID.unique(from: String(repeating: "mot ", count: 40), fallback: "x", in: state)))
    }

    @Test func deletingAnAgreementTakesItsChecklistAndUndoesAsOne() throws {
        let store = Store(ledger: Ledger(state: Fixtures.small), journal: nil)
        let deletion = try Deletion(of: "uni-clu", in: store.state)
        #expect(deletion.commitmentCount == 1 && deletion.actionCount == 2)
        #expect(deletion.whatGoes == "the agreement, its 1 commitment and 2 actions")
        try store.delete("uni-clu")
        #expect(store.state.agreements.isEmpty && store.state.actions.isEmpty && store.state.commitments.isEmpty)
        try store.undo()
        #expect(store.state == Fixtures.small)
    }

    @Test func aPartnerStillSigningIsNotDeleted() throws {
        #expect(throws: AccordError.stillReferenced(.partner, id: "uni", by: "agreement 'uni-clu'")) {
            try Deletion(of: "uni", in: Fixtures.small)
        }
        let store = Store(ledger: Ledger(state: Fixtures.small), journal: nil)
        try store.delete("bank")
        #expect(store.state.partners["bank"] == nil)
    }

    @Test func notesGoToEachKindsTextField() throws {
        let store = Store(ledger: Ledger(state: Fixtures.small), journal: nil)
        try store.setNote(of: "a1", to: "Appel le 3 mars\nRelance")
        try store.setNote(of: "uni-clu", to: "Résumé")
        try store.setNote(of: "c-stages", to: "Desc")
        try store.setNote(of: "uni", to: "Présentation")
        #expect(store.state.actions["a1"]?.note == "Appel le 3 mars\nRelance")
        #expect(store.state.agreements["uni-clu"]?.summary == "Résumé")
        #expect(store.state.commitments["c-stages"]?.description == "Desc")
        #expect(store.state.partners["uni"]?.description == "Présentation")
        for _ in 0..<4 { try store.undo() }
        #expect(store.state == Fixtures.small)
    }
}

@Suite struct DueDateTests {
    @Test func aCommitmentIsOverduePastItsDueDayWhileAnActionIsOpen() throws {
        var state = Fixtures.small   // c-stages: a1 open, a2 done
        let day = Fixtures.day
        #expect(!state.isOverdue(commitment: "c-stages", today: day), "no due day")
        var commitment = try #require(state.commitments["c-stages"])
        commitment.due = Day("2026-01-31")
        try Reducer.apply(.commitmentUpdated(commitment), to: &state)
        #expect(state.isOverdue(commitment: "c-stages", today: day))
        #expect(!state.isOverdue(commitment: "c-stages", today: Day("2026-01-31")!), "due today is not late")
        try Reducer.apply(.actionTicked(id: "a1", on: day), to: &state)
        #expect(!state.isOverdue(commitment: "c-stages", today: day), "all done: not late")
    }
}
