import AccordCore

/// The words of the dashboard's screens, in English and French. The French is kept short
/// enough for 80 columns (the golden screens at 80×24 show it).
public final class DashboardPhrases: Sendable {
    // Key names in hints and help.
    public let keySpace = Phrase(en: "Space", fr: "Espace")
    public let keyHome = Phrase(en: "Home", fr: "Début")
    public let keyEnd = Phrase(en: "End", fr: "Fin")
    public let keyPageUp = Phrase(en: "PgUp", fr: "PgPréc")
    public let keyPageDown = Phrase(en: "PgDn", fr: "PgSuiv")
    public let keyBackTab = Phrase(en: "Shift-Tab", fr: "Maj-Tab")
    public let keyEnter = Phrase(en: "Enter", fr: "Entrée")
    public let keyEscape = Phrase(en: "Esc", fr: "Échap")
    public let keyBackspace = Phrase(en: "Backspace", fr: "Retour arrière")
    public let keyDelete = Phrase(en: "Del", fr: "Suppr")
    public let keyMouse = Phrase(en: "mouse", fr: "souris")
    public let keyResize = Phrase(en: "resize", fr: "redimensionnement")
    public let keyPaste = Phrase(en: "paste", fr: "collage")

    // Panes and modes.
    public let partnersPane = Phrase(en: "Partners", fr: "Partenaires")
    public let agreementsPane = Phrase(en: "Agreements", fr: "Conventions")
    public let checklistPane = Phrase(en: "Checklist", fr: "Engagements")
    public let overviewPane = Phrase(en: "Overview", fr: "Bilan")
    public let modePanes = Phrase(en: "panes", fr: "panneaux")
    public let modeOverview = Phrase(en: "overview", fr: "bilan")
    public let modeSearchLine = Phrase(en: "search line", fr: "recherche")
    public let modeForm = Phrase(en: "form", fr: "formulaire")
    public let modeConfirm = Phrase(both: "confirmation")
    public let modeDetails = Phrase(en: "details", fr: "détails")
    public let allPartners = Phrase(en: "All partners", fr: "Tous les partenaires")
    public let noAgreement = Phrase(en: " No agreement", fr: " Aucune convention")
    public let noAgreementYet = Phrase(en: " No agreement yet: a adds one", fr: " Pas encore de convention : a en ajoute une")
    public let startTitle = Phrase(en: "Nothing here yet. To start:", fr: "Rien ici pour l'instant. Pour commencer :")
    public let startAddAgreement = Phrase(en: "2 then a — add an agreement; in its Signatories field, Ctrl-N adds a partner not yet known.",
                                          fr: "2 puis a — ajouter une convention ; dans son champ Signataires, Ctrl-N ajoute un partenaire encore inconnu.")
    public let startAddPartner = Phrase(en: "1 then a — add a partner first (a university, a company, a cluster …).",
                                        fr: "1 puis a — ajouter d'abord un partenaire (une université, une entreprise, un pôle …).")
    public let startImport = Phrase(en: "Or, from a terminal: accord import FILE (YAML or JSON, see the README).",
                                    fr: "Ou, depuis un terminal : accord import FICHIER (YAML ou JSON, voir le README).")
    public let noAgreementSelected = Phrase(en: " No agreement selected", fr: " Aucune convention choisie")
    public let noCommitmentYet = Phrase(en: " No commitment yet — A adds one", fr: " Aucun engagement — A en ajoute un")
    public let doneOfTotal = Phrase(en: "{done}/{total} done", fr: "{done}/{total} faites")
    public let doneOfTotalInWords = Phrase(en: "{done} of {total} done", fr: "{done} sur {total} faites")
    public let lateWithDate = Phrase(en: "! late {day}", fr: "! retard {day}")
    public let late = Phrase(en: "! late", fr: "! retard")
    public let lateSuffix = Phrase(en: " ! late", fr: " ! retard")
    public let dueWithDate = Phrase(en: "due {day}", fr: "éch. {day}")

    // Header and status bar.
    public let header = Phrase(en: " Accord · {shown} · {done}/{total} actions done", fr: " Accord · {shown} · {done}/{total} actions faites")
    public let partnerFilter = Phrase(en: "{partner}: {n} of {agreements}", fr: "{partner} : {n} sur {agreements}")
    public let readOnlyMark = Phrase(en: "READ-ONLY · ", fr: "LECTURE SEULE · ")
    public let typeToSearch = Phrase(en: "type to search", fr: "tapez pour chercher")
    /// While a search waits for the index being built on another core.
    public let searching = Phrase(en: "searching…", fr: "recherche…")
    public let noMatchShort = Phrase(en: "no match", fr: "aucun résultat")
    public let hits = CountedPhrase(en: ("{n} hit · Enter jumps", "{n} hits · Enter jumps"),
                                    fr: ("{n} résultat · Entrée y va", "{n} résultats · Entrée y va"))
    public let hitKeys = Phrase(en: "  n next · p previous · Esc clears ", fr: "  n suivant · p précédent · Échap efface ")
    public let tooSmall = Phrase(en: "terminal too small (need {width}×{height})", fr: "terminal trop petit ({width}×{height} au moins)")

    // Details.
    public let details = Phrase(en: "Details", fr: "Détails")
    public let enterMore = Phrase(en: "Enter: more", fr: "Entrée : suite")
    public let escCloses = Phrase(en: "Esc closes", fr: "Échap ferme")
    public let keysTitle = Phrase(en: "Keys — {mode}", fr: "Touches — {mode}")
    public let mouseOn = Phrase(en: "click selects and focuses, wheel scrolls", fr: "un clic choisit et active, la molette fait défiler")
    public let mouseOff = Phrase(en: "off (--no-mouse)", fr: "désactivée (--no-mouse)")
    public let countedOrganisations = CountedPhrase(en: ("{n} organisation", "{n} organisations"), fr: ("{n} organisme", "{n} organismes"))
    public let countedYears = CountedPhrase(en: ("{n} year", "{n} years"), fr: ("{n} an", "{n} ans"))
    public let idOf = Phrase(both: "id {id}")
    public let agreementsOf = Phrase(en: "Agreements: {titles}", fr: "Conventions : {titles}")
    public let signedOn = Phrase(en: "Signed {day}", fr: "Signée le {day}")
    public let signingUnknown = Phrase(en: "Signing date unknown", fr: "Date de signature inconnue")
    public let termEnds = Phrase(en: " · {years}, ends {day}", fr: " · {years}, fin le {day}")
    public let openEnded = Phrase(en: " · open-ended", fr: " · sans fin")
    public let signatoriesOf = Phrase(en: "Signatories: {names}", fr: "Signataires : {names}")
    public let associatesOf = Phrase(en: "Associates: {names}", fr: "Associés : {names}")
    public let progressOf = Phrase(en: "Progress: {done}/{total} actions done", fr: "Avancement : {done}/{total} actions faites")
    public let sourceOf = Phrase(en: "Source: {source}", fr: "Source : {source}")
    public let ledBy = Phrase(en: "led by {names}", fr: "piloté par {names}")
    public let overdueMark = Phrase(en: " — overdue", fr: " — en retard")
    public let doneOn = Phrase(en: "Done on {day}", fr: "Faite le {day}")
    public let open = Phrase(en: "Open", fr: "À faire")
    public let dueAfter = Phrase(en: " · due {day}", fr: " · échéance {day}")
    public let noteOf = Phrase(en: "Note: {note}", fr: "Note : {note}")
    public let gone = Phrase(en: "'{id}' no longer exists.", fr: "« {id} » n'existe plus.")

    // Overview.
    public let totals = Phrase(en: "Totals", fr: "Totaux")
    public let allActions = Phrase(en: "All actions", fr: "Toutes les actions")
    public let overdueSummary = Phrase(en: "{actions} and {commitments} overdue · {ending} ending within {days} days · {expired} expired",
                                       fr: "{actions} et {commitments} en retard · {ending} finissant sous {days} j · {expired} expirées")
    public let replicaKey = Phrase(en: "Key of this replica: {fingerprint} (accord replica)",
                                   fr: "Clé de cette réplique : {fingerprint} (accord replica)")
    public let recordsSetAside = CountedPhrase(
        en: ("{n} record set aside: not signed by its replica's key (accord journal verify names it)",
             "{n} records set aside: not signed by their replica's key (accord journal verify names them)"),
        fr: ("{n} enregistrement mis de côté : pas signé par la clé de sa réplique (accord journal verify le nomme)",
             "{n} enregistrements mis de côté : pas signés par la clé de leur réplique (accord journal verify les nomme)"))
    public let lastSync = Phrase(en: "Last sync {when}: {summary}", fr: "Dernière synchro {when} : {summary}")
    public let conflictsHeading = Phrase(en: "Conflicts ({n}) — T takes the lost value back, X keeps the current one",
                                         fr: "Conflits ({n}) — T reprend la valeur perdue, X garde l'actuelle")
    public let agreementsHeading = Phrase(en: "Agreements ({n})", fr: "Conventions ({n})")
    public let categoriesHeading = Phrase(en: "Categories", fr: "Catégories")
    public let nothingOverdue = Phrase(en: "Nothing is overdue.", fr: "Rien n'est en retard.")
    public let agendaCounts = Phrase(en: "Agenda: {overdue} overdue · {week} this week · {month} this month · {later} later (D)",
                                     fr: "Agenda : {overdue} en retard · {week} cette semaine · {month} ce mois · {later} ensuite (D)")
    public let agendaPane = Phrase(both: "Agenda")
    public let noticeLine = Phrase(en: "Notice: {months} months — give it by {day}", fr: "Préavis : {months} mois — à donner avant le {day}")
    public let renewsLine = Phrase(en: "Renews itself for {years} unless notice is given", fr: "Se reconduit pour {years} sauf préavis")
    public let repeatsLine = Phrase(en: "Repeats: {rule}", fr: "Périodicité : {rule}")
    public let agendaEmpty = Phrase(en: "Nothing falls due in the next three months.", fr: "Rien n'arrive à échéance dans les trois prochains mois.")
    public let endingHeading = Phrase(en: "Ending within {days} days, or expired ({n})", fr: "Finissant sous {days} jours, ou expirées ({n})")
    public let nothingEnding = Phrase(en: "No agreement ends soon.", fr: "Aucune convention ne finit bientôt.")
    public let lastChanges = Phrase(en: "Last changes", fr: "Dernières modifications")
    public let noChangeYet = Phrase(en: "No change yet.", fr: "Aucune modification pour l'instant.")
}
