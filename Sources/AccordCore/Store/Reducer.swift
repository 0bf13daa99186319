/// The one place where events change the state.
///
/// Pure: `apply` either returns the inverse event and leaves `state` changed,
/// or throws an `AccordError` and leaves `state` exactly as it was. Live use,
/// undo, redo and journal replay all go through here.
public enum Reducer {
    /// Applies one event; returns the event that undoes it.
    @discardableResult
    public static func apply(_ event: Event, to state: inout AccordState) throws(AccordError) -> Event {
        switch event {
        case .categoryCreated(let category):
            try requireNewID(category.id, in: state)
            try requireText(category.name, .category, category.id, "name")
            state.categories[category.id] = category
            state.bumpRank(past: category.rank)
            return .categoryDeleted(id: category.id)

        case .categoryDeleted(let id):
            guard let old = state.categories[id] else { throw .unknownID(id, expected: .category) }
            if let user = state.commitments.values.first(where: { $0.categoryID == id }) {
                throw .stillReferenced(.category, id: id, by: "commitment '\(user.id)'")
            }
            state.categories[id] = nil
            return .categoryCreated(old)

        case .partnerCreated(let partner):
            try requireNewID(partner.id, in: state)
            try Validation.check(partner)
            state.partners[partner.id] = partner
            state.bumpRank(past: partner.rank)
            return .partnerDeleted(id: partner.id)

        case .partnerUpdated(let update, let fields):
            guard let old = state.partners[update.id] else { throw .unknownID(update.id, expected: .partner) }
            let partner = Partner.schema.updated(old, to: update, fields: fields)
            try Validation.check(partner)
            state.partners[partner.id] = partner
            return .partnerUpdated(old, fields: fields)

        case .partnerDeleted(let id):
            guard let old = state.partners[id] else { throw .unknownID(id, expected: .partner) }
            if let user = Validation.firstUser(ofPartner: id, in: state) {
                throw .stillReferenced(.partner, id: id, by: user)
            }
            state.partners[id] = nil
            return .partnerCreated(old)

        case .agreementCreated(let agreement):
            try requireNewID(agreement.id, in: state)
            try Validation.check(agreement, in: state)
            state.agreements[agreement.id] = agreement
            state.bumpRank(past: agreement.rank)
            return .agreementDeleted(id: agreement.id)

        case .agreementUpdated(let update, let fields):
            guard let old = state.agreements[update.id] else { throw .unknownID(update.id, expected: .agreement) }
            let agreement = Agreement.schema.updated(old, to: update, fields: fields)
            try Validation.check(agreement, in: state)
            state.agreements[agreement.id] = agreement
            return .agreementUpdated(old, fields: fields)

        case .agreementDeleted(let id):
            guard let old = state.agreements[id] else { throw .unknownID(id, expected: .agreement) }
            let children = state.commitmentIDsByAgreement[id]?.count ?? 0
            if children > 0 { throw .hasChildren(.agreement, id: id, count: children) }
            state.agreements[id] = nil
            state.commitmentIDsByAgreement[id] = nil
            return .agreementCreated(old)

        case .commitmentCreated(let commitment):
            try requireNewID(commitment.id, in: state)
            try Validation.check(commitment, in: state)
            state.commitments[commitment.id] = commitment
            state.commitmentIDsByAgreement[commitment.agreementID, default: []].insert(commitment.id)
            state.bumpRank(past: commitment.rank)
            return .commitmentDeleted(id: commitment.id)

        case .commitmentUpdated(let update, let fields):
            guard let old = state.commitments[update.id] else { throw .unknownID(update.id, expected: .commitment) }
            let commitment = Commitment.schema.updated(old, to: update, fields: fields)
            try Validation.check(commitment, in: state)
            state.commitments[commitment.id] = commitment
            if old.agreementID != commitment.agreementID {
                state.removeChild(commitment.id, ofAgreement: old.agreementID)
                state.commitmentIDsByAgreement[commitment.agreementID, default: []].insert(commitment.id)
            }
            return .commitmentUpdated(old, fields: fields)

        case .commitmentDeleted(let id):
            guard let old = state.commitments[id] else { throw .unknownID(id, expected: .commitment) }
            let children = state.actionIDsByCommitment[id]?.count ?? 0
            if children > 0 { throw .hasChildren(.commitment, id: id, count: children) }
            state.commitments[id] = nil
            state.removeChild(id, ofAgreement: old.agreementID)
            state.actionIDsByCommitment[id] = nil
            return .commitmentCreated(old)

        case .actionCreated(let action):
            try requireNewID(action.id, in: state)
            try Validation.check(action, in: state)
            state.actions[action.id] = action
            state.actionIDsByCommitment[action.commitmentID, default: []].insert(action.id)
            state.bumpRank(past: action.rank)
            state.refreshSeries(of: action)
            return .actionDeleted(id: action.id)

        case .actionUpdated(let update, let fields):
            guard let old = state.actions[update.id] else { throw .unknownID(update.id, expected: .action) }
            let action = Action.schema.updated(old, to: update, fields: fields)
            try Validation.check(action, in: state)
            state.actions[action.id] = action
            if old.commitmentID != action.commitmentID {
                state.removeChild(action.id, ofCommitment: old.commitmentID)
                state.actionIDsByCommitment[action.commitmentID, default: []].insert(action.id)
            }
            state.refreshSeries(of: action)
            return .actionUpdated(old, fields: fields)

        case .actionDeleted(let id):
            guard let old = state.actions[id] else { throw .unknownID(id, expected: .action) }
            state.actions[id] = nil
            state.removeChild(id, ofCommitment: old.commitmentID)
            state.refreshSeries(of: old)
            return .actionCreated(old)

        case .actionTicked(let id, let day):
            guard var action = state.actions[id] else {
                guard var instance = state.openOccurrence(named: id) else { throw .unknownID(id, expected: .action) }
                instance.doneOn = day
                try apply(.actionCreated(instance), to: &state)
                return .actionDeleted(id: id)
            }
            if action.repeats != nil {
                throw .recurringTick(action: id, next: action.due.map { AccordState.instanceID(of: id, on: $0) })
            }
            if let doneOn = action.doneOn { throw .alreadyDone(action: id, on: doneOn) }
            action.doneOn = day
            state.actions[id] = action
            return .actionUnticked(id: id)

        case .actionUnticked(let id):
            guard var action = state.actions[id] else { throw .unknownID(id, expected: .action) }
            guard let doneOn = action.doneOn else { throw .notDone(action: id) }
            if action.seriesID != nil {
                // An occurrence is kept only while done: unticking it makes it virtual again.
                return try apply(.actionDeleted(id: id), to: &state)
            }
            action.doneOn = nil
            state.actions[id] = action
            return .actionTicked(id: id, on: doneOn)

        case .noteSet(let id, let note):
            guard var action = state.actions[id] else { throw .unknownID(id, expected: .action) }
            let old = action.note
            action.note = note
            state.actions[id] = action
            return .noteSet(id: id, note: old)
        }
    }

    /// Applies the events of a change in order, all or nothing; returns the change that undoes it.
    ///
    /// Works in place (no copy of the state): when an event fails, the events
    /// already applied are undone with their inverses, newest first.
    public static func apply(_ change: Change, to state: inout AccordState) throws(AccordError) -> Change {
        guard !change.events.isEmpty else { throw .emptyChange }
        let rankBefore = state.nextRank
        state.reserveCapacity(forCreating: change.events)
        var inverses: [Event] = []
        inverses.reserveCapacity(change.events.count)
        for event in change.events {
            do {
                inverses.append(try apply(event, to: &state))
            } catch {
                for inverse in inverses.reversed() { _ = try? apply(inverse, to: &state) }
                state.nextRank = rankBefore
                throw error
            }
        }
        return change.describing(inverses.reversed())
    }

    private static func requireNewID(_ id: String, in state: AccordState) throws(AccordError) {
        if let reason = ItemID.problem(with: id) { throw .invalidID(id, reason: reason) }
        if let existing = state.kind(of: id) { throw .duplicateID(id, existing: existing) }
    }

    private static func requireText(_ text: String, _ kind: ItemKind, _ id: String, _ field: String) throws(AccordError) {
        if Validation.isBlank(text) { throw .emptyField(kind, id: id, field: field) }
    }
}

extension AccordState {
    mutating func bumpRank(past rank: Int) {
        if rank >= nextRank { nextRank = rank == .max ? rank : rank + 1 }
    }

    /// Removes a child id from an index, dropping the entry once empty so
    /// that undoing a creation restores an equal state.
    mutating func removeChild(_ id: String, ofAgreement agreementID: String) {
        commitmentIDsByAgreement[agreementID]?.remove(id)
        if commitmentIDsByAgreement[agreementID]?.isEmpty == true { commitmentIDsByAgreement[agreementID] = nil }
    }

    mutating func removeChild(_ id: String, ofCommitment commitmentID: String) {
        actionIDsByCommitment[commitmentID]?.remove(id)
        if actionIDsByCommitment[commitmentID]?.isEmpty == true { actionIDsByCommitment[commitmentID] = nil }
    }
}
