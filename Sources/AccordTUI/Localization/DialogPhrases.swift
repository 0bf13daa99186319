import AccordCore

/// The dashboard's status messages, forms and confirmation dialogs, in English and French.
public final class DialogPhrases: Sendable {
    // Status messages.
    public let undoTail = Phrase(en: "u to undo", fr: "u pour annuler")
    public let redoTail = Phrase(en: "Ctrl-R to redo", fr: "Ctrl-R pour rétablir")
    public let nextThemeTail = Phrase(en: "t for the next one", fr: "t pour le suivant")
    public let nextLanguageTail = Phrase(en: "L for the next one", fr: "L pour la suivante")
    public let theme = Phrase(en: "Theme: {name} — {description}", fr: "Thème : {name} — {description}")
    public let themeError = Phrase(en: "Theme error: {error} — using the default theme.", fr: "Erreur de thème : {error} — thème par défaut utilisé.")
    public let noSuchTheme = Phrase(en: "No theme named '{name}' (known: {known}) — using the default theme.",
                                    fr: "Aucun thème « {name} » (connus : {known}) — thème par défaut utilisé.")
    public let themeNotMapping = Phrase(en: "expected a mapping with name, description and roles", fr: "une table avec name, description et roles était attendue")
    public let themeRolesNotMapping = Phrase(en: "expected a mapping of roles", fr: "une table de rôles était attendue")
    public let themeUnknownRole = Phrase(en: "unknown role (known roles: {roles})", fr: "rôle inconnu (rôles connus : {roles})")
    public let themeStyleNotMapping = Phrase(en: "expected {fg: …, bg: …, bold: …}", fr: "{fg: …, bg: …, bold: …} était attendu")
    public let themeNotAColour = Phrase(en: "'{value}' is not a colour (a name like cyan or bright-red, 0–255, #rrggbb, or default)",
                                        fr: "« {value} » n'est pas une couleur (un nom comme cyan ou bright-red, 0–255, #rrggbb, ou default)")
    public let themeNotABool = Phrase(en: "'{value}' is not true or false", fr: "« {value} » n'est ni true ni false")
    public let themeUnreadable = Phrase(en: "cannot be read (missing, unreadable or not UTF-8)", fr: "illisible (absent, non lisible ou pas en UTF-8)")
    public let language = Phrase(en: "Language: English", fr: "Langue : français")
    public let elsewhere = Phrase(en: "Elsewhere: {what}{by}", fr: "Ailleurs : {what}{by}")
    public let moreChanges = CountedPhrase(en: ("and {n} more change", "and {n} more changes"),
                                           fr: ("et {n} autre modification", "et {n} autres modifications"))
    public let cannotFollow = Phrase(en: "Cannot read what another Accord wrote: {problem}", fr: "Impossible de lire ce qu'un autre Accord a écrit : {problem}")
    public let readOnly = Phrase(en: "Read-only: {reason}.", fr: "Lecture seule : {reason}.")
    public let readOnlyShort = Phrase(en: "read-only", fr: "lecture seule")
    /// The head of a key table in the documentation (`KeyDocs`).
    public let keysHeader = Phrase(en: "| keys | what they do |", fr: "| touches | ce qu'elles font |")
    public let synced = Phrase(en: "Synced: {summary}", fr: "Synchronisé : {summary}")
    public let notSynced = Phrase(en: "Not synced: {reason}", fr: "Non synchronisé : {reason}")
    public let syncing = Phrase(en: "Syncing with the team…", fr: "Synchronisation avec l'équipe…")
    public let syncingTail = Phrase(en: "Esc cancels it", fr: "Échap l'annule")
    public let alreadySyncing = Phrase(en: "A sync is already running", fr: "Une synchronisation est déjà en cours")
    public let cancellingSync = Phrase(en: "Cancelling the sync…", fr: "Annulation de la synchronisation…")
    public let linkOpened = Phrase(en: "Opened {link}.", fr: "Ouvert : {link}.")
    public let cannotOpenLinks = Phrase(en: "This dashboard cannot open links.", fr: "Ce tableau de bord ne sait pas ouvrir les liens.")
    public let selectForLink = Phrase(en: "Select an item to open its link.", fr: "Choisissez un élément pour ouvrir son lien.")
    public let noLink = Phrase(en: "No link on this item; e adds one (Links field).", fr: "Aucun lien sur cet élément ; e en ajoute un (champ Liens).")
    public let noLinkNumbered = Phrase(en: "No link number {n} (there are {count}).", fr: "Pas de lien n° {n} (il y en a {count}).")
    public let chooseLink = Phrase(en: "{count} links: press 1–{count} to open one.", fr: "{count} liens : tapez 1–{count} pour en ouvrir un.")
    public let pasteIgnored = Phrase(en: "Pasted text ignored ({count} characters): paste into a form (a, e, N) or the search line (/).",
                                     fr: "Texte collé ignoré ({count} caractères) : collez dans un formulaire (a, e, N) ou la ligne de recherche (/).")
    public let pasteTooLong = Phrase(en: "Paste refused: more than {limit} characters.", fr: "Collage refusé : plus de {limit} caractères.")
    public let reading = Phrase(en: "Reading the data… (keys wait; q quits)", fr: "Lecture des données… (les touches attendent ; q quitte)")
    public let catchingUp = Phrase(en: "Catching up with the journals… (keys wait; q quits)",
                                   fr: "Mise à jour depuis les journaux… (les touches attendent ; q quitte)")
    public let keysDropped = CountedPhrase(en: ("{n} key typed ahead dropped", "{n} keys typed ahead dropped"),
                                           fr: ("{n} touche tapée d'avance ignorée", "{n} touches tapées d'avance ignorées"))
    public let notADateYet = Phrase(en: "✗ not a date yet: 31/12/2026, 2026-12-31, today, tomorrow, +7d, friday",
                                    fr: "✗ pas encore une date : 31/12/2026, 2026-12-31, aujourd'hui, demain, +7j, vendredi")
    public let partnerNotAdded = Phrase(en: "No partner added; back in the first form.", fr: "Aucun partenaire ajouté ; retour au premier formulaire.")
    public let backInForm = Phrase(en: "it is in the field; Enter saves the form", fr: "il est dans le champ ; Entrée enregistre le formulaire")
    public let newPartnerHint = Phrase(en: "No partner is called '{name}': Ctrl-N adds it.", fr: "Aucun partenaire ne s'appelle « {name} » : Ctrl-N l'ajoute.")
    public let nothingToUndo = Phrase(en: "Nothing to undo.", fr: "Rien à annuler.")
    public let nothingToRedo = Phrase(en: "Nothing to redo.", fr: "Rien à rétablir.")
    public let nothingChanged = Phrase(en: "Nothing changed.", fr: "Rien n'a changé.")
    public let conflictDismissed = Phrase(en: "Conflict dismissed: the current value stays.", fr: "Conflit écarté : la valeur actuelle reste.")
    public let notSaved = Phrase(en: "Not saved: {reason}", fr: "Non enregistré : {reason}")
    public let notSavedLocked = Phrase(en: "Not saved: {holder} kept the data locked {seconds} s; try again.",
                                       fr: "Non enregistré : {holder} a gardé les données verrouillées {seconds} s ; réessayez.")
    public let accordProcess = Phrase(en: "another Accord (process {pid})", fr: "un autre Accord (processus {pid})")
    public let otherProcess = Phrase(en: "{command} (process {pid})", fr: "{command} (processus {pid})")
    public let anotherProcess = Phrase(en: "another process", fr: "un autre processus")
    public let notSavedWrite = Phrase(en: "Not saved: {reason} ({operation} {path}); read-only until restarted.",
                                      fr: "Non enregistré : {reason} ({operation} {path}) ; lecture seule jusqu'au redémarrage.")
    public let overviewKeys = Phrase(en: "Enter opens the selected line · Esc goes back to the panes.",
                                     fr: "Entrée ouvre la ligne choisie · Échap revient aux panneaux.")
    public let selectConflict = Phrase(en: "Select a line under Conflicts first (j/k).", fr: "Choisissez d'abord une ligne sous Conflits (j/k).")
    public let noSearch = Phrase(en: "No search: / starts one.", fr: "Pas de recherche : / en lance une.")
    public let noMatch = Phrase(en: "No match.", fr: "Aucun résultat.")
    public let nothingToClear = Phrase(en: "Nothing to clear.", fr: "Rien à effacer.")
    public let selectAction = Phrase(en: "Select an action in the Checklist (3) to tick it.", fr: "Choisissez une action dans Engagements (3) pour la cocher.")
    public let selectAgreementFirst = Phrase(en: "Select or add an agreement first (2, then a).", fr: "Choisissez ou ajoutez d'abord une convention (2, puis a).")
    public let nothingToEdit = Phrase(en: "Nothing selected to edit.", fr: "Rien de choisi à modifier.")
    public let nothingToNote = Phrase(en: "Nothing selected to write a note on.", fr: "Rien de choisi pour y écrire une note.")
    public let cancelledNothingChanged = Phrase(en: "Cancelled; nothing changed.", fr: "Annulé ; rien n'a changé.")
    public let nothingToDelete = Phrase(en: "Nothing selected to delete.", fr: "Rien de choisi à supprimer.")
    public let cannotDelete = Phrase(en: "Cannot delete: {reason}", fr: "Suppression impossible : {reason}")
    public let backToForm = Phrase(en: "Back to the form; nothing saved.", fr: "Retour au formulaire ; rien n'est enregistré.")
    public let formDropped = Phrase(en: "Closed; the form's edits were dropped.", fr: "Fermé ; les saisies du formulaire sont abandonnées.")
    public let backToFormHint = Phrase(en: "Esc back to form", fr: "Échap formulaire")

    // Forms.
    public let newItem = Phrase(en: "New {kind}", fr: "Ajouter {kind}")
    public let editItem = Phrase(en: "Edit {kind} — {title}", fr: "Modifier {kind} — {title}")
    public let noteHint = Phrase(en: "Enter new line · Ctrl-U/K/W erase", fr: "Entrée nouvelle ligne · Ctrl-U/K/W efface")

    // Dialogs.
    public let cancel = Phrase(en: "Cancel", fr: "Annuler")
    public let deleteTitle = Phrase(en: "Delete {kind}?", fr: "Supprimer {kind} ?")
    public let deletes = Phrase(en: "This deletes {what}.", fr: "Cela supprime {what}.")
    public let undoesAfterwards = Phrase(en: "u undoes it afterwards.", fr: "u l'annule ensuite.")
    public let delete = Phrase(en: "Delete", fr: "Supprimer")
    public let renewTitle = Phrase(en: "Renew the agreement?", fr: "Renouveler la convention ?")
    public let renewLine = Phrase(en: "A new term from {start} to {end}, with the same commitments.",
                                  fr: "Une nouvelle durée du {start} au {end}, avec les mêmes engagements.")
    public let renew = Phrase(en: "Renew", fr: "Renouveler")
    public let notRenewed = Phrase(en: "Not renewed.", fr: "Non renouvelée.")
    public let renewWhat = Phrase(en: "Select an agreement to renew (pane 2).", fr: "Choisissez une convention à renouveler (panneau 2).")
    public let nothingDeleted = Phrase(en: "Nothing deleted.", fr: "Rien n'est supprimé.")
    public let untickTitle = Phrase(en: "Untick action?", fr: "Décocher l'action ?")
    public let untickLine = Phrase(en: "It was done on {day}; unticking it forgets that date.", fr: "Elle a été faite le {day} ; la décocher oublie cette date.")
    public let bringsBack = Phrase(en: "u brings it back.", fr: "u la rétablit.")
    public let untick = Phrase(en: "Untick", fr: "Décocher")
    public let stillDone = Phrase(en: "Still done on {day}.", fr: "Toujours faite le {day}.")
    public let undoTitle = Phrase(en: "Undo the last change?", fr: "Annuler la dernière modification ?")
    public let redoTitle = Phrase(en: "Redo the last undone change?", fr: "Rétablir la dernière modification annulée ?")
    public let removes = Phrase(en: "This removes {what}.", fr: "Cela retire {what}.")
    public let undoesAgain = Phrase(en: "u undoes it again.", fr: "u l'annule à nouveau.")
    public let redoesAfterwards = Phrase(en: "Ctrl-R redoes it afterwards.", fr: "Ctrl-R la rétablit ensuite.")
    public let undo = Phrase(en: "Undo", fr: "Annuler")
    public let redo = Phrase(en: "Redo", fr: "Rétablir")
    public let nothingUndone = Phrase(en: "Nothing undone.", fr: "Rien n'est annulé.")
    public let nothingRedone = Phrase(en: "Nothing redone.", fr: "Rien n'est rétabli.")
    public let changedElsewhere = Phrase(en: "Changed elsewhere", fr: "Modifié ailleurs")
    public let changedElsewhereLine = Phrase(en: "Another Accord changed this {kind} ({fields}) since the form opened.",
                                             fr: "Un autre Accord a modifié cet élément ({kind} : {fields}) depuis l'ouverture du formulaire.")
    public let overwriteExplained = Phrase(en: "Overwrite saves the form as it is; Keep theirs drops its edits; Esc goes back to the form.",
                                           fr: "Écraser enregistre le formulaire tel quel ; Garder l'autre abandonne ses saisies ; Échap revient au formulaire.")
    public let overwrite = Phrase(en: "Overwrite", fr: "Écraser")
    public let keepTheirs = Phrase(en: "Keep theirs", fr: "Garder l'autre")
    public let keptTheirs = Phrase(en: "Kept the other version; the form's edits were dropped.",
                                   fr: "L'autre version est gardée ; les saisies du formulaire sont abandonnées.")
    public let deletedElsewhere = Phrase(en: "Deleted elsewhere", fr: "Supprimé ailleurs")
    public let deletedElsewhereLine = Phrase(en: "Another Accord deleted this {kind} since the form opened; it cannot be saved.",
                                             fr: "Un autre Accord a supprimé cet élément ({kind}) depuis l'ouverture du formulaire ; impossible d'enregistrer.")
    public let closeExplained = Phrase(en: "Close drops the form's edits (u undoes the deletion while it is the newest change).",
                                       fr: "Fermer abandonne les saisies (u annule la suppression tant qu'elle est la dernière modification).")
    public let close = Phrase(en: "Close", fr: "Fermer")
    public let backToFormButton = Phrase(en: "Back to form", fr: "Retour au formulaire")
}
