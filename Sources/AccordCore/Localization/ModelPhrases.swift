/// Names of what Accord holds: kinds of item, partner kinds, agreement statuses, the built-in
/// categories and the fields of forms, each with its French.
public final class ModelPhrases: Sendable {
    // Kinds of item: the noun, its plural, with "a", with "the", and as it follows a verb's noun
    // in a change's label ("Added agreement 'X'" / "Ajout de la convention « X »").
    public let category = Phrase(en: "category", fr: "catégorie")
    public let categories = Phrase(en: "categories", fr: "catégories")
    public let aCategory = Phrase(en: "a category", fr: "une catégorie")
    public let theCategory = Phrase(en: "the category", fr: "la catégorie")
    public let ofCategory = Phrase(en: "category", fr: "de la catégorie")
    public let partner = Phrase(en: "partner", fr: "partenaire")
    public let partners = Phrase(en: "partners", fr: "partenaires")
    public let aPartner = Phrase(en: "a partner", fr: "un partenaire")
    public let thePartner = Phrase(en: "the partner", fr: "le partenaire")
    public let ofPartner = Phrase(en: "partner", fr: "du partenaire")
    public let agreement = Phrase(en: "agreement", fr: "convention")
    public let agreements = Phrase(en: "agreements", fr: "conventions")
    public let anAgreement = Phrase(en: "an agreement", fr: "une convention")
    public let theAgreement = Phrase(en: "the agreement", fr: "la convention")
    public let ofAgreement = Phrase(en: "agreement", fr: "de la convention")
    public let commitment = Phrase(en: "commitment", fr: "engagement")
    public let commitments = Phrase(en: "commitments", fr: "engagements")
    public let aCommitment = Phrase(en: "a commitment", fr: "un engagement")
    public let theCommitment = Phrase(en: "the commitment", fr: "l'engagement")
    public let ofCommitment = Phrase(en: "commitment", fr: "de l'engagement")
    public let action = Phrase(both: "action")
    public let actions = Phrase(both: "actions")
    public let anAction = Phrase(en: "an action", fr: "une action")
    public let theAction = Phrase(en: "the action", fr: "l'action")
    public let ofAction = Phrase(en: "action", fr: "de l'action")
    public let item = Phrase(en: "item", fr: "élément")

    // Counts of items, in sentences and headers ("5 agreements", "0 convention").
    public let countedAgreements = CountedPhrase(en: ("{n} agreement", "{n} agreements"), fr: ("{n} convention", "{n} conventions"))
    public let countedPartners = CountedPhrase(en: ("{n} partner", "{n} partners"), fr: ("{n} partenaire", "{n} partenaires"))
    public let countedCommitments = CountedPhrase(en: ("{n} commitment", "{n} commitments"), fr: ("{n} engagement", "{n} engagements"))
    public let countedActions = CountedPhrase(both: ("{n} action", "{n} actions"))

    // Partner kinds.
    public let university = Phrase(en: "university", fr: "université")
    public let engineeringSchool = Phrase(en: "engineering school", fr: "école d'ingénieurs")
    public let school = Phrase(en: "school", fr: "école")
    public let researchLab = Phrase(en: "research lab", fr: "laboratoire")
    public let cluster = Phrase(en: "cluster", fr: "pôle")
    public let network = Phrase(en: "network", fr: "réseau")
    public let company = Phrase(en: "company", fr: "entreprise")
    public let bank = Phrase(en: "bank", fr: "banque")
    public let accelerator = Phrase(en: "accelerator", fr: "accélérateur")
    public let incubatorKind = Phrase(en: "incubator", fr: "incubateur")
    public let federation = Phrase(en: "federation", fr: "fédération")
    public let territory = Phrase(en: "territory", fr: "territoire")
    public let publicBody = Phrase(en: "public body", fr: "organisme public")
    public let funder = Phrase(en: "funder", fr: "financeur")
    public let otherKind = Phrase(en: "other", fr: "autre")

    // Agreement statuses (an agreement is feminine in French: une convention).
    public let planned = Phrase(en: "planned", fr: "prévue")
    public let active = Phrase(en: "active", fr: "en cours")
    public let renewed = Phrase(en: "renewed", fr: "renouvelée")
    public let ended = Phrase(en: "ended", fr: "terminée")

    // Built-in categories.
    public let internships = Phrase(en: "Internships", fr: "Stages")
    public let jointTraining = Phrase(en: "Joint training", fr: "Formation conjointe")
    public let workStudy = Phrase(en: "Apprenticeship & work-study", fr: "Alternance et apprentissage")
    public let incubator = Phrase(en: "Incubator", fr: "Incubateur")
    public let entrepreneurship = Phrase(en: "Entrepreneurship support", fr: "Accompagnement à l'entrepreneuriat")
    public let researchTransfer = Phrase(en: "Research & technology transfer", fr: "Recherche et transfert de technologie")
    public let recruitmentEvents = Phrase(en: "Recruitment events", fr: "Événements de recrutement")
    public let disabilityInclusion = Phrase(en: "Disability inclusion", fr: "Inclusion du handicap")
    public let studentLife = Phrase(en: "Student life", fr: "Vie étudiante")
    public let outreach = Phrase(en: "Outreach to pupils & students", fr: "Information des élèves et étudiants")
    public let governance = Phrase(en: "Governance", fr: "Gouvernance")

    // Field labels in forms and the command line's messages.
    public let fieldID = Phrase(en: "Id", fr: "Identifiant")
    public let fieldName = Phrase(en: "Name", fr: "Nom")
    public let fieldShortName = Phrase(en: "Short name", fr: "Sigle")
    public let fieldKind = Phrase(en: "Kind", fr: "Type")
    public let fieldPlace = Phrase(en: "Place", fr: "Lieu")
    public let fieldDescription = Phrase(both: "Description")
    public let fieldTitle = Phrase(en: "Title", fr: "Intitulé")
    public let fieldSignatories = Phrase(en: "Signatories", fr: "Signataires")
    public let fieldAssociates = Phrase(en: "Associates", fr: "Associés")
    public let fieldSigned = Phrase(en: "Signed on", fr: "Signée le")
    public let fieldTerm = Phrase(en: "Term (years)", fr: "Durée (ans)")
    public let fieldStatus = Phrase(en: "Status", fr: "Statut")
    public let fieldSummary = Phrase(en: "Summary", fr: "Résumé")
    public let fieldSource = Phrase(both: "Source")
    public let fieldAgreement = Phrase(en: "Agreement", fr: "Convention")
    public let fieldCategory = Phrase(en: "Category", fr: "Catégorie")
    public let fieldOwner = Phrase(en: "Owner", fr: "Pilote")
    public let fieldCommitment = Phrase(en: "Commitment", fr: "Engagement")
    public let fieldDue = Phrase(en: "Due", fr: "Échéance")
    public let fieldDone = Phrase(en: "Done on", fr: "Fait le")
    public let fieldNote = Phrase(both: "Note")
    public let fieldNotice = Phrase(en: "Notice (months)", fr: "Préavis (mois)")
    public let fieldRenewal = Phrase(en: "Renews for (years)", fr: "Reconduction (ans)")
    public let fieldRepeats = Phrase(en: "Repeats", fr: "Périodicité")
    public let fieldLinks = Phrase(en: "Links", fr: "Liens")

    // Deadlines and the agenda.
    public let deadlineNotice = Phrase(en: "notice", fr: "préavis")
    public let deadlineEnd = Phrase(en: "end", fr: "fin")
    public let periodOverdue = Phrase(en: "Overdue", fr: "En retard")
    public let periodThisWeek = Phrase(en: "This week", fr: "Cette semaine")
    public let periodThisMonth = Phrase(en: "This month", fr: "Ce mois-ci")
    public let periodNextThreeMonths = Phrase(en: "Next three months", fr: "Trois prochains mois")
    public let weekOf = Phrase(en: "week of {day}", fr: "semaine du {day}")

    // Hints under a form's field.
    public let hintID = Phrase(en: "lowercase a–z 0–9 -; empty: made from the title", fr: "minuscules a–z 0–9 - ; vide : tiré de l'intitulé")
    public let hintShortName = Phrase(en: "an acronym, shown in lists (UPMC)", fr: "un sigle, montré dans les listes (UPMC)")
    public let hintSignatories = Phrase(en: "two or more partners, by id or short name, comma-separated",
                                        fr: "deux partenaires ou plus, par id ou sigle, séparés par des virgules")
    public let hintAssociates = Phrase(en: "partners by id or short name, comma-separated",
                                       fr: "partenaires par id ou sigle, séparés par des virgules")
    public let hintOwner = Phrase(en: "a signatory or associate, by id or short name; → takes the suggestion",
                                  fr: "un signataire ou associé, par id ou sigle ; → prend la suggestion")
    public let hintReference = Phrase(en: "by id or title; → takes the suggestion", fr: "par id ou intitulé ; → prend la suggestion")
    public let hintDay = Phrase(en: "31/12/2026, 2026-12-31, today, tomorrow, +7d, friday; empty for none",
                               fr: "31/12/2026, 2026-12-31, aujourd'hui, demain, +7j, vendredi ; vide pour aucune")
    public let hintTerm = Phrase(en: "whole years; empty for open-ended", fr: "années entières ; vide pour sans fin")
    public let hintNotice = Phrase(en: "months of notice before the end; empty for none", fr: "mois de préavis avant la fin ; vide pour aucun")
    public let hintRenewal = Phrase(en: "years of each tacit renewal; empty: ends with its term",
                                    fr: "années de chaque reconduction tacite ; vide : finit avec sa durée")
    public let hintRepeats = Phrase(en: "'every year', 'every 6 months', 'every year in June'; empty: once",
                                    fr: "« chaque année », « tous les 6 mois », « chaque année en juin » ; vide : une fois")
    public let hintLinks = Phrase(en: "one per line: label <URL or file>", fr: "un par ligne : libellé <URL ou fichier>")
    public let hintChoice = Phrase(en: "← → to choose, or type the first letters", fr: "← → pour choisir, ou tapez les premières lettres")
}
