import Foundation
import Yams

/// The whole state in the import format (docs/FORMAT.md): exported as YAML or
/// JSON, and read back by `ImportDocument` into an equal state.
public struct ExportDocument: Encodable {
    struct CategoryEntry: Encodable { var id: String; var name: String }

    struct PartnerEntry: Encodable {
        var id, name: String
        var short: String?
        var kind: PartnerKind
        var place, description: String?
    }

    struct ActionEntry: Encodable {
        var id, title: String
        var done: Day?
        var due: Day?
        var note: String?
    }

    struct CommitmentEntry: Encodable {
        var id, category, title: String
        var description, owner: String?
        var due: Day?
        var actions: [ActionEntry]
    }

    struct AgreementEntry: Encodable {
        var id, title: String
        var signatories: [String]
        var associates: [String]?
        var signed: Day?
        var term: Int?
        var status: AgreementStatus
        var summary, source: String?
        var commitments: [CommitmentEntry]
    }

    var accord = 1
    var categories: [CategoryEntry]
    var partners: [PartnerEntry]
    var agreements: [AgreementEntry]

    /// Everything in `state`; built-in categories are left out (every data set has them).
    public init(_ state: AccordState) {
        let builtIn = Set(Category.builtIn.map(\.id))
        func text(_ s: String) -> String? { s.isEmpty ? nil : s }
        categories = state.sortedCategories.filter { !builtIn.contains($0.id) }.map { CategoryEntry(id: $0.id, name: $0.name) }
        partners = state.sortedPartners.map {
            PartnerEntry(id: $0.id, name: $0.name, short: text($0.shortName), kind: $0.kind,
                         place: text($0.place), description: text($0.description))
        }
        agreements = state.sortedAgreements().map { agreement in
            AgreementEntry(
                id: agreement.id, title: agreement.title, signatories: agreement.signatories,
                associates: agreement.associates.isEmpty ? nil : agreement.associates,
                signed: agreement.signed, term: agreement.termYears, status: agreement.status,
                summary: text(agreement.summary), source: text(agreement.source),
                commitments: state.commitments(of: agreement.id).map { commitment in
                    CommitmentEntry(
                        id: commitment.id, category: commitment.categoryID, title: commitment.title,
                        description: text(commitment.description), owner: commitment.ownerID, due: commitment.due,
                        actions: state.actions(of: commitment.id).map {
                            ActionEntry(id: $0.id, title: $0.title, done: $0.doneOn, due: $0.due, note: text($0.note))
                        })
                })
        }
    }

    /// The document as YAML.
    public func yaml() throws -> String {
        // Accents and other letters as they are (readable, like the sample file); control
        // characters and line separators are still escaped, so the round trip stays exact.
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        return "# Accord export — format: docs/FORMAT.md\n" + (try encoder.encode(self))
    }

    /// The document as pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
