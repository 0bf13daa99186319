import Foundation

/// Why a change was refused; nothing was changed.
public enum AccordError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    case invalidID(String, reason: String)
    case duplicateID(String, existing: ItemKind)
    case unknownID(String, expected: ItemKind?)
    case emptyField(ItemKind, id: String, field: String)
    case missingReference(ItemKind, id: String, field: String, reference: String)
    case tooFewSignatories(agreement: String, count: Int)
    case invalidTerm(agreement: String, years: Int)
    case stillReferenced(ItemKind, id: String, by: String)
    case hasChildren(ItemKind, id: String, count: Int)
    case alreadyDone(action: String, on: Day)
    case notDone(action: String)
    case emptyChange
    /// An edit that sets every field to the value it has: nothing is journalled.
    case nothingChanged(ItemKind, id: String)
    case nothingToUndo
    case nothingToRedo
    /// No conflict is listed under this number or id.
    case unknownConflict(String)
    /// Refused because of what another process changed since this one last read the data:
    /// the refusal, and those changes in words ("Deleted action 'x'").
    indirect case changedElsewhere(AccordError, meanwhile: [String])

    public var description: String {
        switch self {
        case .invalidID(let id, let reason):
            return "'\(id)' is not a valid id: \(reason)."
        case .duplicateID(let id, let existing):
            return "the id '\(id)' is already used by a \(existing.rawValue)."
        case .unknownID(let id, let expected):
            return "no \(expected?.rawValue ?? "item") has the id '\(id)'."
        case .emptyField(let kind, let id, let field):
            return "the \(field) of \(kind.rawValue) '\(id)' cannot be empty."
        case .missingReference(let kind, let id, let field, let reference):
            return "\(kind.rawValue) '\(id)' names \(field) '\(reference)', which does not exist."
        case .tooFewSignatories(let agreement, let count):
            return "agreement '\(agreement)' needs at least two different signatories (it has \(count))."
        case .invalidTerm(let agreement, let years):
            return "agreement '\(agreement)' has a term of \(years) years; a term is at least 1 year."
        case .stillReferenced(let kind, let id, let by):
            return "\(kind.rawValue) '\(id)' is still used by \(by); change or delete that first."
        case .hasChildren(let kind, let id, let count):
            return "\(kind.rawValue) '\(id)' still holds \(count) item\(count == 1 ? "" : "s"); delete them first."
        case .alreadyDone(let action, let day):
            return "action '\(action)' is already done (on \(day))."
        case .notDone(let action):
            return "action '\(action)' is not done."
        case .emptyChange:
            return "the change holds no event."
        case .nothingChanged(let kind, let id):
            return "nothing changed: \(kind.rawValue) '\(id)' already has these values."
        case .nothingToUndo:
            return "there is nothing to undo."
        case .nothingToRedo:
            return "there is nothing to redo."
        case .unknownConflict(let which):
            return "no conflict is listed as '\(which)' ('accord conflicts' lists them)."
        case .changedElsewhere(let refusal, let meanwhile):
            let shown = meanwhile.suffix(3).joined(separator: "; ")
            let more = meanwhile.count > 3 ? " and \(meanwhile.count - 3) more" : ""
            return "\(refusal.description.dropLast()) — another Accord changed the data meanwhile (\(shown)\(more))."
        }
    }

    /// The refusal itself, whether or not another process caused it.
    public var refusal: AccordError {
        if case .changedElsewhere(let refusal, _) = self { return refusal.refusal }
        return self
    }

    public var errorDescription: String? { description }
}
