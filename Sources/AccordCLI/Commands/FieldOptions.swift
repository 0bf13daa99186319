import AccordCore
import ArgumentParser

/// `--title`, `--signatories` …: every field an item can have, for `add` and `edit`.
struct FieldOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Partner: the full name.") var name: String?
    @Option(name: .customLong("short-name"), parsing: .unconditional, help: "Partner: a short name or acronym.") var shortName: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Partner: \(PartnerKind.allCases.map(\.rawValue).joined(separator: ", ")).")) var kind: String?
    @Option(parsing: .unconditional, help: "Partner: the city or region.") var place: String?
    @Option(parsing: .unconditional, help: "Partner or commitment: a description.") var description: String?
    @Option(parsing: .unconditional, help: "Agreement, commitment or action: the title.") var title: String?
    @Option(parsing: .unconditional, help: "Agreement: two or more partners (ids or short names), comma-separated.") var signatories: String?
    @Option(parsing: .unconditional, help: "Agreement: associated partners, comma-separated.") var associates: String?
    @Option(parsing: .unconditional, help: "Agreement: the day it was signed (YYYY-MM-DD).") var signed: String?
    @Option(parsing: .unconditional, help: "Agreement: the term in years (empty: open-ended).") var term: String?
    @Option(parsing: .unconditional, help: "Agreement: planned, active, renewed or ended.") var status: String?
    @Option(parsing: .unconditional, help: "Agreement: a summary.") var summary: String?
    @Option(parsing: .unconditional, help: "Agreement: where it is described (article, URL).") var source: String?
    @Option(parsing: .unconditional, help: "Commitment: the agreement it belongs to.") var agreement: String?
    @Option(parsing: .unconditional, help: "Commitment: the category id (see 'accord list categories').") var category: String?
    @Option(parsing: .unconditional, help: "Commitment: the partner in charge.") var owner: String?
    @Option(parsing: .unconditional, help: "Action: the commitment it belongs to.") var commitment: String?
    @Option(parsing: .unconditional, help: "Commitment or action: the due day (YYYY-MM-DD; empty: none).") var due: String?
    @Option(parsing: .unconditional, help: "Action: the day it was done (YYYY-MM-DD, 'today'; empty: open).") var done: String?
    @Option(parsing: .unconditional, help: "Action: the note.") var note: String?

    /// The fields given, by field.
    var given: [(ItemField, String)] {
        let all: [(ItemField, String?)] = [
            (.name, name), (.shortName, shortName), (.kind, kind), (.place, place), (.description, description),
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

/// Saves a draft and says what was saved, or which field is wrong and why (nothing saved);
/// nil when the edit changes nothing (said on standard output; nothing is journalled).
func save(_ draft: ItemDraft, in session: Session) throws -> Change? {
    do {
        return try session.store.save(draft)
    } catch AccordError.nothingChanged(let kind, let id) {
        Console.out("Nothing changed: \(kind.rawValue) '\(SafeText.escaped(id))' already has these values.")
        return nil
    } catch let error as FieldError {
        let flag = error.field.map { "\($0.flag): " } ?? ""
        throw CLIError("\(flag)\(error.message)", then: "Nothing was saved.")
    }
}
