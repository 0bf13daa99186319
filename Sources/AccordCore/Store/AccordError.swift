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
    /// A recurring action is ticked through its occurrences; `next` is its first open one.
    case recurringTick(action: String, next: String?)
    case invalidNotice(agreement: String, months: Int)
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
        let core = Phrases.core
        switch self {
        case .invalidID(let id, let reason):
            return core.invalidID(["id": id, "reason": reason])
        case .duplicateID(let id, let existing):
            return core.duplicateID(["id": id, "kind": existing.withArticle])
        case .unknownID(let id, let expected):
            return core.unknownID(["id": id, "kind": expected?.name ?? Phrases.model.item])
        case .emptyField(let kind, let id, let field):
            return core.emptyField(["field": ItemField(rawValue: field)?.label.lowercased() ?? field, "kind": kind.name, "id": id])
        case .missingReference(let kind, let id, let field, let reference):
            return core.missingReference(["kind": kind.name, "id": id, "field": field, "reference": reference])
        case .tooFewSignatories(let agreement, let count):
            return core.tooFewSignatories(["id": agreement, "n": count])
        case .invalidTerm(let agreement, let years):
            return core.invalidTerm(["id": agreement, "n": years])
        case .stillReferenced(let kind, let id, let by):
            return core.stillReferenced(["kind": kind.name, "id": id, "by": by])
        case .hasChildren(let kind, let id, let count):
            return core.hasChildren(count, ["kind": kind.name, "id": id])
        case .alreadyDone(let action, let day):
            return core.alreadyDone(["id": action, "day": day.description])
        case .notDone(let action):
            return core.notDone(["id": action])
        case .recurringTick(let action, let next):
            return next.map { core.recurringTick(["id": action, "next": $0]) } ?? core.seriesFinished(["id": action])
        case .invalidNotice(let agreement, let months):
            return core.invalidNotice(["id": agreement, "n": months])
        case .emptyChange:
            return core.emptyChange.text
        case .nothingChanged(let kind, let id):
            return core.nothingChanged(["kind": kind.name, "id": id])
        case .nothingToUndo:
            return core.nothingToUndo.text
        case .nothingToRedo:
            return core.nothingToRedo.text
        case .unknownConflict(let which):
            return core.unknownConflict(["which": which])
        case .changedElsewhere(let refusal, let meanwhile):
            let more = meanwhile.count > 3 ? core.andMore(["n": meanwhile.count - 3]) : ""
            return core.changedElsewhere(["refusal": String(refusal.description.dropLast()),
                                          "changes": meanwhile.suffix(3).joined(separator: "; "), "more": more])
        }
    }

    /// The refusal itself, whether or not another process caused it.
    public var refusal: AccordError {
        if case .changedElsewhere(let refusal, _) = self { return refusal.refusal }
        return self
    }

    public var errorDescription: String? { description }
}
