import Foundation

/// Why a form or an `add`/`edit` command was refused, naming the field at fault.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The field to fix; nil when the problem is not one field's.
    public var field: ItemField?
    public var message: String

    public init(_ field: ItemField?, _ message: String) {
        self.field = field
        self.message = TextClipping.forMessage(message, limit: 400)
    }

    /// Places a refusal from the reducer on the field it is about.
    public init(_ error: AccordError, kind: ItemKind) {
        message = TextClipping.forMessage(error.description, limit: 400)
        switch error {
        case .invalidID, .duplicateID: field = .id
        case .emptyField(_, _, let name): field = ItemField(rawValue: name)
        case .missingReference(_, _, let name, _):
            switch name {
            case "signatory": field = .signatories
            case "associate": field = .associates
            default: field = ItemField(rawValue: name)
            }
        case .tooFewSignatories: field = .signatories
        case .invalidTerm: field = .term
        default: field = nil
        }
    }

    public var description: String {
        guard let field else { return message }
        return Phrases.core.fieldError(["field": field.label, "message": message])
    }

    public var errorDescription: String? { description }
}
