/// The words of the Markdown, HTML and CSV reports (JSON keeps its English keys).
public final class ReportPhrases: Sendable {
    public let title = Phrase(en: "Partnership agreements — review of {day}", fr: "Conventions de partenariat — bilan au {day}")
    public let actionsDone = CountedPhrase(en: ("{n} of {total} actions done ({percent} %)", "{n} of {total} actions done ({percent} %)"),
                                           fr: ("{n} action faite sur {total} ({percent} %)", "{n} actions faites sur {total} ({percent} %)"))
    public let heading = Phrase(en: "Partnership agreements", fr: "Conventions de partenariat")
    public let noticeBy = Phrase(en: "Notice by", fr: "Préavis avant le")
    public let calendarName = Phrase(en: "Accord — partnership deadlines", fr: "Accord — échéances des conventions")
    public let calendarEnd = Phrase(en: "Ends: {title}", fr: "Fin : {title}")
    public let calendarNotice = Phrase(en: "Last day to give notice: {title}", fr: "Dernier jour de préavis : {title}")
    public let calendarNoticeDescription = Phrase(en: "{months} months' notice before the end of the term on {day}.",
                                                  fr: "Préavis de {months} mois avant la fin de la convention le {day}.")
    public let associated = Phrase(en: "Associated", fr: "Associés")
    public let signed = Phrase(en: "Signed", fr: "Signée le")
    public let ends = Phrase(en: "Ends", fr: "Fin")
    public let progress = Phrase(en: "Progress", fr: "Avancement")
    public let done = Phrase(en: "Done", fr: "Faites")
    public let total = Phrase(both: "Total")
    public let commitmentContext = Phrase(en: "commitment, ", fr: "engagement, ")
    public let ledBy = Phrase(en: "led by {owner}", fr: "piloté par {owner}")
    public let noActionYet = Phrase(en: "No action yet.", fr: "Aucune action pour l'instant.")
    public let action = Phrase(both: "Action")
    public let doneOn = Phrase(en: "Done", fr: "Faite le")
    public let reviewOf = Phrase(en: "Review of {day}", fr: "Bilan au {day}")
    public let progressPerAgreement = Phrase(en: "Progress per agreement", fr: "Avancement par convention")
    public let actionsDonePerAgreement = Phrase(en: "Actions done per agreement", fr: "Actions faites par convention")
    public let progressPerCategory = Phrase(en: "Progress per category", fr: "Avancement par catégorie")
    public let actionsDonePerCategory = Phrase(en: "Actions done per category", fr: "Actions faites par catégorie")
    public let contextActionsDone = Phrase(en: "{done}/{total} actions done", fr: "{done}/{total} actions faites")
    public let stateDone = Phrase(en: "done", fr: "faite")
    public let stateOverdue = Phrase(en: "overdue", fr: "en retard")
    public let stateOpen = Phrase(en: "open", fr: "à faire")
    /// CSV column names, in the order of `ReportCSV.header`.
    public let csvHeader = Phrase(
        en: "agreement_id,agreement,status,signed,ends,category,commitment_id,commitment,owner,action_id,action,state,due,done,note",
        fr: "id_convention,convention,statut,signée,fin,catégorie,id_engagement,engagement,pilote,id_action,action,état,échéance,faite,note")
}
