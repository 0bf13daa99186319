/// Field and reference checks shared by the create and update events.
enum Validation {
    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace }
    }

    static func check(_ partner: Partner) throws(AccordError) {
        if isBlank(partner.name) { throw .emptyField(.partner, id: partner.id, field: "name") }
    }

    static func check(_ agreement: Agreement, in state: AccordState) throws(AccordError) {
        let id = agreement.id
        if isBlank(agreement.title) { throw .emptyField(.agreement, id: id, field: "title") }
        let distinct = Set(agreement.signatories)
        if distinct.count < 2 { throw .tooFewSignatories(agreement: id, count: distinct.count) }
        for partner in agreement.signatories where state.partners[partner] == nil {
            throw .missingReference(.agreement, id: id, field: "signatory", reference: partner)
        }
        for partner in agreement.associates where state.partners[partner] == nil {
            throw .missingReference(.agreement, id: id, field: "associate", reference: partner)
        }
        if let years = agreement.termYears, years < 1 { throw .invalidTerm(agreement: id, years: years) }
        if let years = agreement.renewalYears, years < 1 { throw .invalidTerm(agreement: id, years: years) }
        if let months = agreement.noticeMonths, !(1...120).contains(months) { throw .invalidNotice(agreement: id, months: months) }
    }

    static func check(_ commitment: Commitment, in state: AccordState) throws(AccordError) {
        let id = commitment.id
        if isBlank(commitment.title) { throw .emptyField(.commitment, id: id, field: "title") }
        if state.agreements[commitment.agreementID] == nil {
            throw .missingReference(.commitment, id: id, field: "agreement", reference: commitment.agreementID)
        }
        if state.categories[commitment.categoryID] == nil {
            throw .missingReference(.commitment, id: id, field: "category", reference: commitment.categoryID)
        }
        if let owner = commitment.ownerID, state.partners[owner] == nil {
            throw .missingReference(.commitment, id: id, field: "owner", reference: owner)
        }
    }

    static func check(_ action: Action, in state: AccordState) throws(AccordError) {
        if isBlank(action.title) { throw .emptyField(.action, id: action.id, field: "title") }
        if state.commitments[action.commitmentID] == nil {
            throw .missingReference(.action, id: action.id, field: "commitment", reference: action.commitmentID)
        }
        if action.repeats != nil, action.id.utf8.count > AccordState.longestSeriesID {
            throw .invalidID(action.id, reason: Phrases.core.seriesIDTooLong(["n": AccordState.longestSeriesID]))
        }
        if action.repeats != nil, action.doneOn != nil {
            throw .recurringTick(action: action.id, next: action.due.map { AccordState.instanceID(of: action.id, on: $0) })
        }
    }

    /// Names the first agreement or commitment that still refers to the partner.
    static func firstUser(ofPartner id: String, in state: AccordState) -> String? {
        if let agreement = state.agreements.values.sorted(by: { ($0.rank, $0.id) < ($1.rank, $1.id) })
            .first(where: { $0.signatories.contains(id) || $0.associates.contains(id) }) {
            return Phrases.core.usedByAgreement(["id": agreement.id])
        }
        if let commitment = state.commitments.values.sorted(by: { ($0.rank, $0.id) < ($1.rank, $1.id) })
            .first(where: { $0.ownerID == id }) {
            return Phrases.core.usedByCommitment(["id": commitment.id])
        }
        return nil
    }
}
