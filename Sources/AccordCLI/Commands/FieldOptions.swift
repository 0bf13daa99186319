import AccordCore
import ArgumentParser

/// `--title`, `--signatories` …: every field an item can have, for `add` and `edit`.
struct FieldOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldName)) var name: String?
    @Option(name: .customLong("short-name"), parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldShortName)) var shortName: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.partnerKinds(["kinds": PartnerKind.allCases.map(\.rawValue).joined(separator: ", ")]))) var kind: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldPlace)) var place: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldDescription)) var description: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldTitle)) var title: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldSignatories)) var signatories: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldAssociates)) var associates: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldSigned)) var signed: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldTerm)) var term: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldStatus)) var status: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldSummary)) var summary: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldSource)) var source: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldAgreement)) var agreement: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldCategory)) var category: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldOwner)) var owner: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldCommitment)) var commitment: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldDue)) var due: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldDone)) var done: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldNote)) var note: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldNotice)) var notice: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldRenewal)) var renewal: String?
    @Option(name: .customLong("repeat"), parsing: .unconditional, help: ArgumentHelp(Phrases.help.fieldRepeat)) var repeats: String?
    @Option(name: .customLong("link"), parsing: .unconditionalSingleValue, help: ArgumentHelp(Phrases.help.fieldLink)) var links: [String] = []

    /// The fields given, by field.
    var given: [(ItemField, String)] {
        let all: [(ItemField, String?)] = [
            (.name, name), (.shortName, shortName), (.kind, kind), (.place, place), (.description, description),
            (.title, title), (.signatories, signatories), (.associates, associates), (.signed, signed), (.term, term),
            (.status, status), (.summary, summary), (.source, source), (.agreement, agreement), (.category, category),
            (.owner, owner), (.commitment, commitment), (.due, due), (.done, done), (.note, note),
            (.notice, notice), (.renewal, renewal), (.repeats, repeats), (.links, links.isEmpty ? nil : links.joined(separator: "\n")),
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
        Console.out(Phrases.command.fieldsUnchanged(["kind": kind.name, "id": SafeText.escaped(id)]))
        return nil
    } catch let error as FieldError {
        let flag = error.field.map { "\($0.flag): " } ?? ""
        throw CLIError("\(flag)\(error.message)", then: Phrases.command.nothingSaved.text)
    }
}
