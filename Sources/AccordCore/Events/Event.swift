/// A change to the state, as a past-tense fact. Applying one yields its inverse.
///
/// The cases carrying a whole item are `indirect`: an event is then a few words
/// wide, not as wide as the largest item — the undo history of a large import
/// holds one deletion per item.
///
/// An update names the fields it sets (`fields`, the item's journal keys): only those are
/// taken from the item it carries, so two edits of different fields of one item both stay,
/// whatever order they apply in. `fields: nil` sets the whole item (records written before
/// updates named their fields).
public enum Event: Hashable, Sendable {
    indirect case categoryCreated(Category)
    case categoryDeleted(id: String)
    indirect case partnerCreated(Partner)
    indirect case partnerUpdated(Partner, fields: [String]? = nil)
    case partnerDeleted(id: String)
    indirect case agreementCreated(Agreement)
    indirect case agreementUpdated(Agreement, fields: [String]? = nil)
    case agreementDeleted(id: String)
    indirect case commitmentCreated(Commitment)
    indirect case commitmentUpdated(Commitment, fields: [String]? = nil)
    case commitmentDeleted(id: String)
    indirect case actionCreated(Action)
    indirect case actionUpdated(Action, fields: [String]? = nil)
    case actionDeleted(id: String)
    case actionTicked(id: String, on: Day)
    case actionUnticked(id: String)
    case noteSet(id: String, note: String)

    /// The id of the item the event is about.
    public var itemID: String {
        switch self {
        case .categoryCreated(let c): return c.id
        case .partnerCreated(let p), .partnerUpdated(let p, _): return p.id
        case .agreementCreated(let a), .agreementUpdated(let a, _): return a.id
        case .commitmentCreated(let c), .commitmentUpdated(let c, _): return c.id
        case .actionCreated(let a), .actionUpdated(let a, _): return a.id
        case .categoryDeleted(let id), .partnerDeleted(let id), .agreementDeleted(let id),
             .commitmentDeleted(let id), .actionDeleted(let id), .actionTicked(let id, _),
             .actionUnticked(let id), .noteSet(let id, _):
            return id
        }
    }
}
