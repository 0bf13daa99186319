extension Event {
    /// Whether applying the event to `state` would leave it as it is: an update that sets
    /// every field to the value it has, a note set to the note there is. Such a change is
    /// not journalled (an edit that changes nothing is not an undoable step).
    public func changesNothing(in state: AccordState) -> Bool {
        switch self {
        case .partnerUpdated(let partner): return state.partners[partner.id] == partner
        case .agreementUpdated(let agreement): return state.agreements[agreement.id] == agreement
        case .commitmentUpdated(let commitment): return state.commitments[commitment.id] == commitment
        case .actionUpdated(let action): return state.actions[action.id] == action
        case .noteSet(let id, let note): return state.actions[id].map { $0.note == note } ?? false
        default: return false
        }
    }
}
