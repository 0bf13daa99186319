/// A change to the state, as a past-tense fact. Applying one yields its inverse.
public enum Event: Hashable, Sendable {
    case categoryCreated(Category)
    case categoryDeleted(id: String)
    case partnerCreated(Partner)
    case partnerUpdated(Partner)
    case partnerDeleted(id: String)
    case agreementCreated(Agreement)
    case agreementUpdated(Agreement)
    case agreementDeleted(id: String)
    case commitmentCreated(Commitment)
    case commitmentUpdated(Commitment)
    case commitmentDeleted(id: String)
    case actionCreated(Action)
    case actionUpdated(Action)
    case actionDeleted(id: String)
    case actionTicked(id: String, on: Day)
    case actionUnticked(id: String)
    case noteSet(id: String, note: String)

    /// The id of the item the event is about.
    public var itemID: String {
        switch self {
        case .categoryCreated(let c): return c.id
        case .partnerCreated(let p), .partnerUpdated(let p): return p.id
        case .agreementCreated(let a), .agreementUpdated(let a): return a.id
        case .commitmentCreated(let c), .commitmentUpdated(let c): return c.id
        case .actionCreated(let a), .actionUpdated(let a): return a.id
        case .categoryDeleted(let id), .partnerDeleted(let id), .agreementDeleted(let id),
             .commitmentDeleted(let id), .actionDeleted(let id), .actionTicked(let id, _),
             .actionUnticked(let id), .noteSet(let id, _):
            return id
        }
    }

    /// The name written in the journal's `type` field.
    public var typeName: String {
        switch self {
        case .categoryCreated: return "categoryCreated"
        case .categoryDeleted: return "categoryDeleted"
        case .partnerCreated: return "partnerCreated"
        case .partnerUpdated: return "partnerUpdated"
        case .partnerDeleted: return "partnerDeleted"
        case .agreementCreated: return "agreementCreated"
        case .agreementUpdated: return "agreementUpdated"
        case .agreementDeleted: return "agreementDeleted"
        case .commitmentCreated: return "commitmentCreated"
        case .commitmentUpdated: return "commitmentUpdated"
        case .commitmentDeleted: return "commitmentDeleted"
        case .actionCreated: return "actionCreated"
        case .actionUpdated: return "actionUpdated"
        case .actionDeleted: return "actionDeleted"
        case .actionTicked: return "actionTicked"
        case .actionUnticked: return "actionUnticked"
        case .noteSet: return "noteSet"
        }
    }
}
