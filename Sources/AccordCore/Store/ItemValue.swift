/// One item of any kind that has fields to set, as a value: what the merge compares before
/// and after a record to see which fields it changed.
enum ItemValue: Hashable, Sendable {
    case partner(Partner)
    case agreement(Agreement)
    case commitment(Commitment)
    case action(Action)

    /// The item `id` names in `state`, if it has settable fields.
    init?(_ id: String, in state: AccordState) {
        if let item = state.actions[id] { self = .action(item) }
        else if let item = state.commitments[id] { self = .commitment(item) }
        else if let item = state.agreements[id] { self = .agreement(item) }
        else if let item = state.partners[id] { self = .partner(item) }
        else { return nil }
    }

    /// Its id.
    var id: String {
        switch self {
        case .partner(let item): return item.id
        case .agreement(let item): return item.id
        case .commitment(let item): return item.id
        case .action(let item): return item.id
        }
    }

    /// Every journal key of its kind.
    var keys: [String] {
        switch self {
        case .partner: return Partner.schema.fields.map(\.key)
        case .agreement: return Agreement.schema.fields.map(\.key)
        case .commitment: return Commitment.schema.fields.map(\.key)
        case .action: return Action.schema.fields.map(\.key)
        }
    }

    /// The journal keys whose values differ between two versions of one item.
    func differingKeys(from other: ItemValue) -> [String] {
        switch (self, other) {
        case (.partner(let a), .partner(let b)): return Partner.schema.differingKeys(b, a)
        case (.agreement(let a), .agreement(let b)): return Agreement.schema.differingKeys(b, a)
        case (.commitment(let a), .commitment(let b)): return Commitment.schema.differingKeys(b, a)
        case (.action(let a), .action(let b)): return Action.schema.differingKeys(b, a)
        default: return []
        }
    }

    /// The creation making this version again (after a deletion).
    var recreating: Event {
        switch self {
        case .partner(let item): return .partnerCreated(item)
        case .agreement(let item): return .agreementCreated(item)
        case .commitment(let item): return .commitmentCreated(item)
        case .action(let item): return .actionCreated(item)
        }
    }

    /// The update setting `fields` back to this version's values.
    func restoring(_ fields: [String]) -> Event {
        switch self {
        case .partner(let item): return .partnerUpdated(item, fields: fields)
        case .agreement(let item): return .agreementUpdated(item, fields: fields)
        case .commitment(let item): return .commitmentUpdated(item, fields: fields)
        case .action(let item): return .actionUpdated(item, fields: fields)
        }
    }
}

extension Event {
    /// The item whose fields this event sets (an update, a tick, an untick, a note), if any.
    var fieldSetter: String? {
        switch self {
        case .partnerUpdated(let item, _): return item.id
        case .agreementUpdated(let item, _): return item.id
        case .commitmentUpdated(let item, _): return item.id
        case .actionUpdated(let item, _): return item.id
        case .actionTicked(let id, _), .actionUnticked(let id), .noteSet(let id, _): return id
        default: return nil
        }
    }

    /// The item a creation makes, if it is one.
    var createdID: String? {
        switch self {
        case .partnerCreated(let item): return item.id
        case .agreementCreated(let item): return item.id
        case .commitmentCreated(let item): return item.id
        case .actionCreated(let item): return item.id
        default: return nil
        }
    }

    /// The item a deletion removes, if it is one.
    var deletedID: String? {
        switch self {
        case .partnerDeleted(let id), .agreementDeleted(let id), .commitmentDeleted(let id), .actionDeleted(let id): return id
        default: return nil
        }
    }

    /// The journal keys this event sets, when it says (a field-level update, a tick, a note).
    var keysSet: [String]? {
        switch self {
        case .actionTicked, .actionUnticked: return ["doneOn"]
        case .noteSet: return ["note"]
        default: return updatedFields
        }
    }
}
