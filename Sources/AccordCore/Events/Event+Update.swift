extension Event {
    /// The keys an update sets: nil for an update of the whole item, and for other events.
    public var updatedFields: [String]? {
        switch self {
        case .partnerUpdated(_, let fields), .agreementUpdated(_, let fields),
             .commitmentUpdated(_, let fields), .actionUpdated(_, let fields):
            return fields
        default:
            return nil
        }
    }

    /// True when the item kind this update is about has the journal key `key`.
    func updatedItemHasKey(_ key: String) -> Bool {
        switch self {
        case .partnerUpdated: return Partner.schema.hasKey(key)
        case .agreementUpdated: return Agreement.schema.hasKey(key)
        case .commitmentUpdated: return Commitment.schema.hasKey(key)
        case .actionUpdated: return Action.schema.hasKey(key)
        default: return false
        }
    }
}

extension Schema {
    /// What an update leaves of `old`: the `fields` of `new` (all of `new` when nil) over it.
    public func updated(_ old: Model, to new: Model, fields: [String]?) -> Model {
        guard let fields else { return new }
        return copying(fields, from: new, onto: old)
    }
}
