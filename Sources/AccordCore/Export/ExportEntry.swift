/// The shapes of the import format's entries, as they are encoded (docs/FORMAT.md):
/// empty texts and lists are left out.
enum ExportEntry {
    struct CategoryEntry: Encodable {
        var id: String
        var name: String

        init(_ category: Category) {
            id = category.id
            name = category.name
        }
    }

    struct PartnerEntry: Encodable {
        var id, name: String
        var short: String?
        var kind: PartnerKind
        var place, description: String?

        init(_ partner: Partner) {
            id = partner.id
            name = partner.name
            short = ExportEntry.text(partner.shortName)
            kind = partner.kind
            place = ExportEntry.text(partner.place)
            description = ExportEntry.text(partner.description)
        }
    }

    struct ActionEntry: Encodable {
        var id, title: String
        var done: Day?
        var due: Day?
        var note: String?

        init(_ action: Action) {
            id = action.id
            title = action.title
            done = action.doneOn
            due = action.due
            note = ExportEntry.text(action.note)
        }
    }

    struct CommitmentEntry: Encodable {
        var id, category, title: String
        var description, owner: String?
        var due: Day?
        var actions: [ActionEntry]

        init(_ commitment: Commitment, actions: [Action]) {
            id = commitment.id
            category = commitment.categoryID
            title = commitment.title
            description = ExportEntry.text(commitment.description)
            owner = commitment.ownerID
            due = commitment.due
            self.actions = actions.map(ActionEntry.init)
        }
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

        init(_ checklist: AgreementChecklist) {
            let agreement = checklist.agreement
            id = agreement.id
            title = agreement.title
            signatories = agreement.signatories
            associates = agreement.associates.isEmpty ? nil : agreement.associates
            signed = agreement.signed
            term = agreement.termYears
            status = agreement.status
            summary = ExportEntry.text(agreement.summary)
            source = ExportEntry.text(agreement.source)
            commitments = checklist.commitments.map { CommitmentEntry($0.commitment, actions: $0.actions) }
        }
    }

    fileprivate static func text(_ string: String) -> String? { string.isEmpty ? nil : string }
}
