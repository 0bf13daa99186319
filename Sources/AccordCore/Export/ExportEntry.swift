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
        var links: [LinkEntry]?

        init(_ partner: Partner) {
            id = partner.id
            name = partner.name
            short = ExportEntry.text(partner.shortName)
            kind = partner.kind
            place = ExportEntry.text(partner.place)
            description = ExportEntry.text(partner.description)
            links = ExportEntry.links(partner.links)
        }
    }

    struct ActionEntry: Encodable {
        var id, title: String
        var done: Day?
        var due: Day?
        var note: String?
        var `repeat`: String?
        var series: String?
        var links: [LinkEntry]?

        init(_ action: Action) {
            id = action.id
            title = action.title
            // A series' done day and due day are its occurrences': its rule says them.
            done = action.repeats == nil ? action.doneOn : nil
            due = action.repeats == nil ? action.due : nil
            note = ExportEntry.text(action.note)
            `repeat` = action.repeats?.text
            series = action.seriesID
            links = ExportEntry.links(action.links)
        }
    }

    struct CommitmentEntry: Encodable {
        var id, category, title: String
        var description, owner: String?
        var due: Day?
        var `repeat`: String?
        var links: [LinkEntry]?
        var actions: [ActionEntry]

        init(_ commitment: Commitment, actions: [Action]) {
            id = commitment.id
            category = commitment.categoryID
            title = commitment.title
            description = ExportEntry.text(commitment.description)
            owner = commitment.ownerID
            due = commitment.due
            `repeat` = commitment.repeats?.text
            links = ExportEntry.links(commitment.links)
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
        var notice, renewal: Int?
        var termStart: Day?
        var links: [LinkEntry]?
        var commitments: [CommitmentEntry]

        enum CodingKeys: String, CodingKey {
            case id, title, signatories, associates, signed, term, status, summary, source, notice, renewal
            case termStart = "term-start"
            case links, commitments
        }

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
            notice = agreement.noticeMonths
            renewal = agreement.renewalYears
            termStart = agreement.termStart
            links = ExportEntry.links(agreement.links)
            commitments = checklist.commitments.map { CommitmentEntry($0.commitment, actions: $0.actions) }
        }
    }

    struct LinkEntry: Encodable {
        var target: String
        var label: String?
    }

    fileprivate static func text(_ string: String) -> String? { string.isEmpty ? nil : string }

    fileprivate static func links(_ links: [ItemLink]) -> [LinkEntry]? {
        links.isEmpty ? nil : links.map { LinkEntry(target: $0.target, label: text($0.label)) }
    }
}
