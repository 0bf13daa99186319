extension Event {
    /// Whether applying the event to `state` would leave it as it is: an update that sets
    /// every field to the value it has, a note set to the note there is. Such a change is
    /// not journalled (an edit that changes nothing is not an undoable step).
    public func changesNothing(in state: AccordState) -> Bool {
        switch self {
        case .partnerUpdated(let new, let fields):
            return state.partners[new.id].map { Partner.schema.updated($0, to: new, fields: fields) == $0 } ?? false
        case .agreementUpdated(let new, let fields):
            return state.agreements[new.id].map { Agreement.schema.updated($0, to: new, fields: fields) == $0 } ?? false
        case .commitmentUpdated(let new, let fields):
            return state.commitments[new.id].map { Commitment.schema.updated($0, to: new, fields: fields) == $0 } ?? false
        case .actionUpdated(let new, let fields):
            return state.actions[new.id].map { Action.schema.updated($0, to: new, fields: fields) == $0 } ?? false
        case .noteSet(let id, let note): return state.actions[id].map { $0.note == note } ?? false
        default: return false
        }
    }
}
