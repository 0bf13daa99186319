import AccordCore
import ArgumentParser

/// `--title`, `--signatories` …: every field an item can have, for `add` and `edit`.
struct FieldOptions: ParsableArguments {
    @Option(help: "The id (add only; default: made from the title or name).") var id: String?
    @Option(help: "Partner: the full name.") var name: String?
    @Option(name: .customLong("short-name"), help: "Partner: a short name or acronym.") var shortName: String?
    @Option(help: ArgumentHelp("Partner: \(PartnerKind.allCases.map(\.rawValue).joined(separator: ", ")).")) var kind: String?
    @Option(help: "Partner: the city or region.") var place: String?
    @Option(help: "Partner or commitment: a description.") var description: String?
    @Option(help: "Agreement, commitment or action: the title.") var title: String?
    @Option(help: "Agreement: two or more partners (ids or short names), comma-separated.") var signatories: String?
    @Option(help: "Agreement: associated partners, comma-separated.") var associates: String?
    @Option(help: "Agreement: the day it was signed (YYYY-MM-DD).") var signed: String?
    @Option(help: "Agreement: the term in years (empty: open-ended).") var term: String?
    @Option(help: "Agreement: planned, active, renewed or ended.") var status: String?
    @Option(help: "Agreement: a summary.") var summary: String?
    @Option(help: "Agreement: where it is described (article, URL).") var source: String?
    @Option(help: "Commitment: the agreement it belongs to.") var agreement: String?
    @Option(help: "Commitment: the category id (see 'accord list categories').") var category: String?
    @Option(help: "Commitment: the partner in charge.") var owner: String?
    @Option(help: "Action: the commitment it belongs to.") var commitment: String?
    @Option(help: "Commitment or action: the due day (YYYY-MM-DD; empty: none).") var due: String?
    @Option(help: "Action: the day it was done (YYYY-MM-DD, 'today'; empty: open).") var done: String?
    @Option(help: "Action: the note.") var note: String?

    /// The fields given, by field.
    var given: [(ItemField, String)] {
        let all: [(ItemField, String?)] = [
            (.id, id), (.name, name), (.shortName, shortName), (.kind, kind), (.place, place), (.description, description),
            (.title, title), (.signatories, signatories), (.associates, associates), (.signed, signed), (.term, term),
            (.status, status), (.summary, summary), (.source, source), (.agreement, agreement), (.category, category),
            (.owner, owner), (.commitment, commitment), (.due, due), (.done, done), (.note, note),
        ]
        return all.compactMap { field, value in value.map { (field, $0) } }
    }

    /// Sets the given fields on the draft; refuses a field the item's kind has not.
    func fill(_ draft: inout ItemDraft) throws {
        for (field, value) in given {
            do {
                try draft.set(field, to: value)
            } catch {
                throw CLIError("\(field.flag): \(error.message)")
            }
        }
    }
}

/// Saves a draft and says what was saved, or which field is wrong and why (nothing saved).
func save(_ draft: ItemDraft, in session: Session) throws -> Change {
    do {
        return try session.store.save(draft)
    } catch let error as FieldError {
        let flag = error.field.map { "\($0.flag): " } ?? ""
        throw CLIError("\(flag)\(error.message) Nothing was saved.")
    }
}
