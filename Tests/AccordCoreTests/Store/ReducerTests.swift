import Testing
@testable import AccordCore

@Suite struct ReducerTests {
    /// One valid event of each kind against `Fixtures.small`.
    static let validEvents: [Event] = [
        .categoryCreated(Category(id: "custom", name: "Custom", rank: 40)),
        .categoryDeleted(id: "governance"),
        .partnerCreated(Partner(id: "new-p", name: "Nouveau", kind: .company, rank: 41)),
        .partnerUpdated(Partner(id: "uni", name: "Université renommée", kind: .university, rank: 20)),
        .partnerDeleted(id: "bank"),
        .agreementCreated(Agreement(id: "ag2", title: "Deuxième", signatories: ["uni", "bank"], rank: 42)),
        .agreementUpdated(Agreement(id: "uni-clu", title: "Renommé", signatories: ["uni", "clu"], associates: ["bank"], rank: 23)),
        .commitmentCreated(Commitment(id: "c2", agreementID: "uni-clu", categoryID: "incubator", title: "Incubateur", rank: 43)),
        .commitmentUpdated(Commitment(id: "c-stages", agreementID: "uni-clu", categoryID: "work-study", title: "Alternance", rank: 24)),
        .actionCreated(Action(id: "a3", commitmentID: "c-stages", title: "Nouvelle action", rank: 44)),
        .actionUpdated(Action(id: "a1", commitmentID: "c-stages", title: "Publier", due: Day("2026-01-01"), rank: 25)),
        .actionDeleted(id: "a1"),
        .actionTicked(id: "a1", on: Fixtures.day),
        .actionUnticked(id: "a2"),
        .noteSet(id: "a1", note: "Fait avec le service stages"),
    ]

    @Test(arguments: validEvents)
    func everyEventAppliesAndItsInverseRestoresTheState(event: Event) throws {
        let before = Fixtures.small
        var state = before
        let inverse = try Reducer.apply(event, to: &state)
        #expect(state != before, "the event changed nothing")
        var restored = state
        let inverseOfInverse = try Reducer.apply(inverse, to: &restored)
        // Only the rank counter may move on (a created rank is never reused).
        restored.nextRank = before.nextRank
        #expect(restored == before)
        var again = restored
        try Reducer.apply(inverseOfInverse, to: &again)
        again.nextRank = state.nextRank
        #expect(again == state)
    }

    static let invalidEvents: [(Event, AccordError)] = [
        (.partnerCreated(Partner(id: "uni", name: "Dup", kind: .company)), .duplicateID("uni", existing: .partner)),
        (.actionCreated(Action(id: "uni-clu", commitmentID: "c-stages", title: "x")), .duplicateID("uni-clu", existing: .agreement)),
        (.partnerCreated(Partner(id: "Bad Id", name: "x", kind: .company)), .invalidID("Bad Id", reason: "an id uses only a–z, 0–9 and '-'")),
        (.partnerCreated(Partner(id: "p", name: "  ", kind: .company)), .emptyField(.partner, id: "p", field: "name")),
        (.actionCreated(Action(id: "a9", commitmentID: "c-stages", title: "")), .emptyField(.action, id: "a9", field: "title")),
        (.actionCreated(Action(id: "a9", commitmentID: "missing", title: "x")),
         .missingReference(.action, id: "a9", field: "commitment", reference: "missing")),
        (.commitmentCreated(Commitment(id: "c9", agreementID: "uni-clu", categoryID: "nope", title: "x")),
         .missingReference(.commitment, id: "c9", field: "category", reference: "nope")),
        (.commitmentCreated(Commitment(id: "c9", agreementID: "uni-clu", categoryID: "incubator", title: "x", ownerID: "ghost")),
         .missingReference(.commitment, id: "c9", field: "owner", reference: "ghost")),
        (.agreementCreated(Agreement(id: "g", title: "x", signatories: ["uni", "uni"])), .tooFewSignatories(agreement: "g", count: 1)),
        (.agreementCreated(Agreement(id: "g", title: "x", signatories: ["uni", "ghost"])),
         .missingReference(.agreement, id: "g", field: "signatory", reference: "ghost")),
        (.agreementCreated(Agreement(id: "g", title: "x", signatories: ["uni", "clu"], termYears: 0)), .invalidTerm(agreement: "g", years: 0)),
        (.partnerUpdated(Partner(id: "ghost", name: "x", kind: .company)), .unknownID("ghost", expected: .partner)),
        (.partnerDeleted(id: "uni"), .stillReferenced(.partner, id: "uni", by: "agreement 'uni-clu'")),
        (.agreementDeleted(id: "uni-clu"), .hasChildren(.agreement, id: "uni-clu", count: 1)),
        (.commitmentDeleted(id: "c-stages"), .hasChildren(.commitment, id: "c-stages", count: 2)),
        (.categoryDeleted(id: "internships"), .stillReferenced(.category, id: "internships", by: "commitment 'c-stages'")),
        (.actionTicked(id: "a2", on: Fixtures.day), .alreadyDone(action: "a2", on: Day("2025-02-01")!)),
        (.actionUnticked(id: "a1"), .notDone(action: "a1")),
        (.actionTicked(id: "ghost", on: Fixtures.day), .unknownID("ghost", expected: .action)),
        (.noteSet(id: "uni", note: "x"), .unknownID("uni", expected: .action)),
    ]

    @Test(arguments: invalidEvents)
    func invalidEventsAreRejectedWithATypedErrorAndChangeNothing(event: Event, expected: AccordError) {
        let before = Fixtures.small
        var state = before
        #expect(throws: expected) { try Reducer.apply(event, to: &state) }
        #expect(state == before)
    }

    @Test func aChangeIsAllOrNothing() {
        let before = Fixtures.small
        var state = before
        let change = Change(label: "two", events: [.actionTicked(id: "a1", on: Fixtures.day), .actionTicked(id: "ghost", on: Fixtures.day)])
        #expect(throws: AccordError.unknownID("ghost", expected: .action)) { try Reducer.apply(change, to: &state) }
        #expect(state == before)
    }

    @Test func theInverseOfAChangeUndoesItsEventsInReverseOrder() throws {
        var state = Fixtures.small
        let change = Change(label: "add and tick", events: [
            .actionCreated(Action(id: "a3", commitmentID: "c-stages", title: "Trois", rank: 50)),
            .actionTicked(id: "a3", on: Fixtures.day),
        ])
        let inverse = try Reducer.apply(change, to: &state)
        #expect(inverse.events == [.actionUnticked(id: "a3"), .actionDeleted(id: "a3")])
        _ = try Reducer.apply(inverse, to: &state)
        state.nextRank = Fixtures.small.nextRank
        #expect(state == Fixtures.small)
    }

    @Test func emptyChangeIsRejected() {
        var state = Fixtures.small
        #expect(throws: AccordError.emptyChange) { try Reducer.apply(Change(label: "", events: []), to: &state) }
    }

    @Test func messagesAreOnePlainSentence() {
        #expect(AccordError.unknownID("zz", expected: .action).description == "no action has the id 'zz'.")
        #expect(AccordError.hasChildren(.agreement, id: "x", count: 3).description
                == "agreement 'x' still holds 3 items; delete them first.")
    }
}
