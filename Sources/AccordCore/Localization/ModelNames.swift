/// The names of the model's kinds and values in the current language, for people to read.
/// Stored values (`rawValue`, ids) never change with the language.
extension ItemKind {
    private var words: (noun: Phrase, plural: Phrase, indefinite: Phrase, definite: Phrase, inLabel: Phrase) {
        let m = Phrases.model
        switch self {
        case .category: return (m.category, m.categories, m.aCategory, m.theCategory, m.ofCategory)
        case .partner: return (m.partner, m.partners, m.aPartner, m.thePartner, m.ofPartner)
        case .agreement: return (m.agreement, m.agreements, m.anAgreement, m.theAgreement, m.ofAgreement)
        case .commitment: return (m.commitment, m.commitments, m.aCommitment, m.theCommitment, m.ofCommitment)
        case .action: return (m.action, m.actions, m.anAction, m.theAction, m.ofAction)
        }
    }

    /// "agreement" / "convention".
    public var name: Phrase { words.noun }
    /// "agreements" / "conventions".
    public var pluralName: Phrase { words.plural }
    /// "an agreement" / "une convention".
    public var withArticle: Phrase { words.indefinite }
    /// "the agreement" / "la convention".
    public var withDefiniteArticle: Phrase { words.definite }
    /// As it follows the noun of what was done in a change's label: "agreement" / "de la convention".
    public var inLabel: Phrase { words.inLabel }

    /// The noun for a count in the current language: "1 action", "0 actions" / "0 action".
    public func localizedNoun(count: Int) -> String {
        (CountedPhrase.isSingular(count, in: .current) ? name : pluralName).text
    }
}

extension PartnerKind {
    /// The kind in the current language ("engineering school" / "école d'ingénieurs").
    public var displayName: String {
        let m = Phrases.model
        switch self {
        case .university: return m.university.text
        case .engineeringSchool: return m.engineeringSchool.text
        case .school: return m.school.text
        case .researchLab: return m.researchLab.text
        case .cluster: return m.cluster.text
        case .network: return m.network.text
        case .company: return m.company.text
        case .bank: return m.bank.text
        case .accelerator: return m.accelerator.text
        case .incubator: return m.incubatorKind.text
        case .federation: return m.federation.text
        case .territory: return m.territory.text
        case .publicBody: return m.publicBody.text
        case .funder: return m.funder.text
        case .other: return m.otherKind.text
        }
    }
}

extension AgreementStatus {
    /// The status in the current language ("active" / "en cours").
    public var displayName: String {
        let m = Phrases.model
        switch self {
        case .planned: return m.planned.text
        case .active: return m.active.text
        case .renewed: return m.renewed.text
        case .ended: return m.ended.text
        }
    }
}

extension Category {
    /// The name to show: a built-in category still under its built-in English name is shown in
    /// the current language ("Internships" / "Stages"); a renamed or added one as it was named.
    public var displayName: String {
        guard let phrase = Category.builtInNames[id], phrase.english == name else { return name }
        return phrase.text
    }

    static let builtInNames: [String: Phrase] = {
        let m = Phrases.model
        return ["internships": m.internships, "joint-training": m.jointTraining, "work-study": m.workStudy,
                "incubator": m.incubator, "entrepreneurship": m.entrepreneurship, "research-transfer": m.researchTransfer,
                "recruitment-events": m.recruitmentEvents, "disability-inclusion": m.disabilityInclusion,
                "student-life": m.studentLife, "outreach": m.outreach, "governance": m.governance]
    }()
}

extension ItemField {
    /// The label in forms, in the current language ("Short name" / "Sigle").
    public var label: String {
        let m = Phrases.model
        switch self {
        case .id: return m.fieldID.text
        case .name: return m.fieldName.text
        case .shortName: return m.fieldShortName.text
        case .kind: return m.fieldKind.text
        case .place: return m.fieldPlace.text
        case .description: return m.fieldDescription.text
        case .title: return m.fieldTitle.text
        case .signatories: return m.fieldSignatories.text
        case .associates: return m.fieldAssociates.text
        case .signed: return m.fieldSigned.text
        case .term: return m.fieldTerm.text
        case .status: return m.fieldStatus.text
        case .summary: return m.fieldSummary.text
        case .source: return m.fieldSource.text
        case .agreement: return m.fieldAgreement.text
        case .category: return m.fieldCategory.text
        case .owner: return m.fieldOwner.text
        case .commitment: return m.fieldCommitment.text
        case .due: return m.fieldDue.text
        case .done: return m.fieldDone.text
        case .note: return m.fieldNote.text
        case .notice: return m.fieldNotice.text
        case .renewal: return m.fieldRenewal.text
        case .repeats: return m.fieldRepeats.text
        case .links: return m.fieldLinks.text
        }
    }

    /// How a value of a choice field reads in the current language ("active" → "en cours",
    /// a category id → its name); other values as they are.
    public func choiceName(_ value: String, in state: AccordState) -> String {
        switch self {
        case .kind: return PartnerKind(rawValue: value)?.displayName ?? value
        case .status: return AgreementStatus(rawValue: value)?.displayName ?? value
        case .category: return state.categories[value]?.displayName ?? value
        default: return value
        }
    }

    /// A short help shown under the field in forms, in the current language.
    public var hint: String {
        let m = Phrases.model
        switch self {
        case .id: return m.hintID.text
        case .shortName: return m.hintShortName.text
        case .signatories: return m.hintSignatories.text
        case .associates: return m.hintAssociates.text
        case .owner: return m.hintOwner.text
        case .agreement, .commitment: return m.hintReference.text
        case .signed, .due, .done: return m.hintDay.text
        case .term: return m.hintTerm.text
        case .notice: return m.hintNotice.text
        case .renewal: return m.hintRenewal.text
        case .repeats: return m.hintRepeats.text
        case .links: return m.hintLinks.text
        case .kind, .status, .category: return m.hintChoice.text
        default: return ""
        }
    }
}

extension Deadline.Kind {
    /// What the deadline is, in a word ("notice", "préavis").
    public var name: Phrase {
        let m = Phrases.model
        switch self {
        case .action: return ItemKind.action.name
        case .commitment: return ItemKind.commitment.name
        case .notice: return m.deadlineNotice
        case .end: return m.deadlineEnd
        }
    }
}

extension Agenda.Period {
    /// The section's heading ("This week", "Cette semaine").
    public var heading: Phrase {
        let m = Phrases.model
        switch self {
        case .overdue: return m.periodOverdue
        case .thisWeek: return m.periodThisWeek
        case .thisMonth: return m.periodThisMonth
        case .nextThreeMonths: return m.periodNextThreeMonths
        }
    }
}
