import AccordCore

/// What the command line prints, in English and French: results, table headings, errors.
/// JSON output keeps its English keys and values (a stable format for scripts).
final class CommandPhrases: Sendable {
    // Saved changes.
    let savedUndo = Phrase(en: "{label} ({id}) — 'accord undo' undoes it.", fr: "{label} ({id}) — « accord undo » l'annule.")
    let idTaken = Phrase(en: "Note: the id '{plain}' was taken by {kind} '{title}', so this one is '{id}'",
                         fr: "Note : l'identifiant « {plain} » était pris par {kind} « {title} » ; celui-ci est « {id} »")
    let lookalikePartner = Phrase(en: "Note: partner '{twin}' has the same name", fr: "Note : le partenaire « {twin} » a le même nom")
    let lookalikeAgreement = Phrase(en: "Note: agreement '{twin}' has the same title and signatories",
                                    fr: "Note : la convention « {twin} » a le même intitulé et les mêmes signataires")
    let sameAddedTwice = Phrase(en: " — if it is the same {kind} added twice, 'accord undo' removes this one.",
                                fr: " — si c'est le même élément ({kind}) ajouté deux fois, « accord undo » retire celui-ci.")
    let noActionID = Phrase(en: "no action has the id '{id}' (see 'accord list actions').", fr: "aucune action n'a l'identifiant « {id} » (voir « accord list actions »).")
    let notAnAction = Phrase(en: "'{id}' is {kind}, not an action; only actions are ticked (see 'accord show {id}').",
                             fr: "« {id} » est {kind}, pas une action ; seules les actions se cochent (voir « accord show {id} »).")
    let fieldToChange = Phrase(en: "give at least one field to change, e.g. --title 'New title' (see 'accord add --help').",
                               fr: "donnez au moins un champ à changer, par exemple --title 'Nouvel intitulé' (voir « accord add --help »).")
    let nothingHasID = Phrase(en: "nothing has the id '{id}'.", fr: "rien n'a l'identifiant « {id} ».")
    let nothingDeleted = Phrase(en: "Nothing was deleted.", fr: "Rien n'a été supprimé.")
    let nothingChanged = Phrase(en: "Nothing was changed.", fr: "Rien n'a changé.")
    let untickNeedsYes = Phrase(en: "'{id}' was done on {day}; unticking it forgets that date: add --yes to confirm. Nothing was changed.",
                                fr: "« {id} » a été faite le {day} ; la décocher oublie cette date : ajoutez --yes pour confirmer. Rien n'a changé.")
    let untickPrompt = Phrase(en: "'{title}' was done on {day}; untick it and forget that date? [y/N] ",
                              fr: "« {title} » a été faite le {day} ; la décocher et oublier cette date ? [o/N] ")
    let notADay = Phrase(en: "--on: {reason}", fr: "--on : {reason}")
    let deleteNeedsYes = Phrase(en: "this deletes {what}; add --yes to confirm. Nothing was deleted.",
                                fr: "cela supprime {what} ; ajoutez --yes pour confirmer. Rien n'a été supprimé.")
    let deletePrompt = Phrase(en: "Delete {what} ('{id}')? [y/N] ", fr: "Supprimer {what} (« {id} ») ? [o/N] ")
    let deleted = Phrase(en: "{label}: {what} — 'accord undo' brings it back.", fr: "{label} : {what} — « accord undo » le rétablit.")
    let noteUnchanged = Phrase(en: "Nothing changed: the {field} of '{id}' is already that text.", fr: "Rien n'a changé : le champ {field} de « {id} » a déjà ce texte.")
    let nothingSaved = Phrase(en: "Nothing was saved.", fr: "Rien n'a été enregistré.")
    let fieldsUnchanged = Phrase(en: "Nothing changed: {kind} '{id}' already has these values.", fr: "Rien n'a changé : {kind} « {id} » a déjà ces valeurs.")
    let nothingToVerb = Phrase(en: "there is nothing to {verb}.", fr: "il n'y a rien à {verb}.")
    let verbUndo = Phrase(en: "undo", fr: "annuler")
    let verbRedo = Phrase(en: "redo", fr: "rétablir")
    let removesMany = Phrase(en: "'{label}' removes {what}", fr: "« {label} » retire {what}")
    let undoNeedsYes = Phrase(en: "this {verb} of {what}; add --yes to confirm. Nothing was changed.",
                              fr: "{verb} : {what} ; ajoutez --yes pour confirmer. Rien n'a changé.")
    let undoPrompt = Phrase(en: "The {verb} of {what}. Go ahead? [y/N] ", fr: "{verb} : {what}. Continuer ? [o/N] ")
    let warningNote = Phrase(en: "accord: note: {warning}.", fr: "accord : note : {warning}.")
    let undone = Phrase(en: "{what} — 'accord redo' redoes it.", fr: "{what} — « accord redo » la rétablit.")

    // Search.
    let limitAtLeastOne = Phrase(en: "--limit must be at least 1.", fr: "--limit doit valoir au moins 1.")
    let sayWhat = Phrase(en: "say what to search for.", fr: "dites ce qu'il faut chercher.")
    let noMatchFor = Phrase(en: "no match for '{text}'.", fr: "aucun résultat pour « {text} ».")
    let hitsShown = CountedPhrase(en: ("{shown} of {n} hit; --limit N shows more.", "{shown} of {n} hits; --limit N shows more."),
                                  fr: ("{shown} sur {n} résultat ; --limit N en montre plus.", "{shown} sur {n} résultats ; --limit N en montre plus."))

    // Dates of actions in lists.
    let actionDone = Phrase(en: "done {day}", fr: "faite {day}")
    let actionOverdue = Phrase(en: "OVERDUE {day}", fr: "EN RETARD {day}")

    // Sessions.
    let notAccordData = Phrase(en: "{directory} is not Accord's data: it holds other files ({files}) and no journal/. Choose an empty or new directory with --data or ACCORD_DATA; nothing was written there.",
                               fr: "{directory} n'est pas un dossier de données d'Accord : il contient d'autres fichiers ({files}) et pas de journal/. Choisissez un dossier vide ou nouveau avec --data ou ACCORD_DATA ; rien n'y a été écrit.")
    let cannotOpen = Phrase(en: "cannot open the data in {directory}: {error}", fr: "impossible d'ouvrir les données de {directory} : {error}")
    let cannotCreate = Phrase(en: "cannot create the data directory {directory}: {reason} (choose another with --data or ACCORD_DATA).",
                              fr: "impossible de créer le dossier de données {directory} : {reason} (choisissez-en un autre avec --data ou ACCORD_DATA).")
    let readOnlyHere = Phrase(en: "accord: the data in {directory} cannot be written here ({error}); showing it read-only.",
                              fr: "accord : les données de {directory} ne peuvent pas être écrites ici ({error}) ; affichage en lecture seule.")
    let cannotChange = Phrase(en: "cannot change anything: {reason}.", fr: "aucune modification possible : {reason}.")
    let unknownID = Phrase(en: "nothing has the id '{id}' (ids are listed by 'accord list partners', 'agreements', 'commitments', 'actions' and 'categories'; a partner can also be named by its short name).",
                           fr: "rien n'a l'identifiant « {id} » (« accord list partners », « agreements », « commitments », « actions » et « categories » listent les identifiants ; un partenaire se nomme aussi par son sigle).")
    let notAgreementOrPartner = Phrase(en: "'{id}' is {kind}, not an agreement or a partner.", fr: "« {id} » est {kind}, ni une convention ni un partenaire.")

    // Overview printed when output is not a terminal.
    let noAgreementsYet = Phrase(en: "No agreements yet. Import some with 'accord import FILE'.", fr: "Aucune convention pour l'instant. Importez-en avec « accord import FICHIER ».")
    let overviewFooter = Phrase(en: "{agreements}, {partners}, {done}/{total} actions done. 'accord list agreements' for ids, 'accord --help' for more.",
                                fr: "{agreements}, {partners}, {done}/{total} actions faites. « accord list agreements » pour les identifiants, « accord --help » pour le reste.")

    // Table headings.
    let columnID = Phrase(both: "ID")
    let columnName = Phrase(en: "NAME", fr: "NOM")
    let columnKind = Phrase(en: "KIND", fr: "TYPE")
    let columnPlace = Phrase(en: "PLACE", fr: "LIEU")
    let columnAgreements = Phrase(en: "AGREEMENTS", fr: "CONVENTIONS")
    let columnTitle = Phrase(en: "TITLE", fr: "INTITULÉ")
    let columnSigned = Phrase(en: "SIGNED", fr: "SIGNÉE")
    let columnEnds = Phrase(en: "ENDS", fr: "FIN")
    let columnStatus = Phrase(en: "STATUS", fr: "STATUT")
    let columnDone = Phrase(en: "DONE", fr: "FAIT")
    let columnDay = Phrase(en: "DAY", fr: "JOUR")
    let labelNotice = Phrase(en: "Notice", fr: "Préavis")
    let labelRenewal = Phrase(en: "Renewal", fr: "Reconduction")
    let noticeBy = Phrase(en: " months (give notice by {day})", fr: " mois (préavis à donner avant le {day})")
    let tacitRenewal = Phrase(en: "renews itself for {n} years unless notice is given", fr: "se reconduit pour {n} ans sauf préavis")
    let columnWhat = Phrase(en: "WHAT", fr: "QUOI")
    let agreementOnlyForICS = Phrase(en: "--agreement goes with --format ics.", fr: "--agreement va avec --format ics.")
    let noAgreementID = Phrase(en: "no agreement has the id '{id}' ('accord list agreements' lists them).",
                               fr: "aucune convention n'a l'identifiant « {id} » (« accord list agreements » les liste).")
    let noItemID = Phrase(en: "nothing has the id '{id}' ('accord search' finds items by their words).",
                          fr: "rien n'a l'identifiant « {id} » (« accord search » trouve les éléments par leurs mots).")
    let renewed = Phrase(en: "Renewed '{title}': new term from {start} to {end}.", fr: "Renouvelé « {title} » : nouvelle durée du {start} au {end}.")
    let noLinks = Phrase(en: "'{id}' has no link; add one with 'accord edit {id} --link \"label <URL or file>\"'.",
                         fr: "« {id} » n'a aucun lien ; ajoutez-en un avec « accord edit {id} --link \"libellé <URL ou fichier>\" ».")
    let chooseLink = Phrase(en: "'{id}' has {n} links; say which: 'accord open {id} N'.", fr: "« {id} » a {n} liens ; dites lequel : « accord open {id} N ».")
    let noSuchLink = Phrase(en: "'{id}' has no link number {n} (it has {count}).", fr: "« {id} » n'a pas de lien n° {n} (il en a {count}).")
    let openAsksFirst = Phrase(en: "{target} is not a web or mail link, and another replica may have set it: it was not opened. Look at it, then run 'accord open {id} --yes'.",
                               fr: "{target} n'est pas un lien web ou mail, et une autre réplique a pu le poser : il n'a pas été ouvert. Regardez-le, puis lancez « accord open {id} --yes ».")
    let openConfirm = Phrase(en: "Open {target}? It is not a web or mail link, and another replica may have set it. [y/N] ",
                             fr: "Ouvrir {target} ? Ce n'est pas un lien web ou mail, et une autre réplique a pu le poser. [o/N] ")
    let notOpened = Phrase(en: "not opened.", fr: "pas ouvert.")
    let linkFileMissing = Phrase(en: "the file '{path}' does not exist (relative paths are read from the data directory).",
                                 fr: "le fichier « {path} » n'existe pas (les chemins relatifs partent du répertoire des données).")
    let noOpener = Phrase(en: "cannot open links: xdg-open is not installed (apt install xdg-utils); the link: {target}",
                          fr: "impossible d'ouvrir les liens : xdg-open n'est pas installé (apt install xdg-utils) ; le lien : {target}")
    let openerFailed = Phrase(en: "could not open {target} ({reason}).", fr: "impossible d'ouvrir {target} ({reason}).")
    let opened = Phrase(en: "Opened {target}", fr: "Ouvert : {target}")
    let notAPeriod = Phrase(en: "--within: '{value}' is not a period; write days as '30d' (or '2w', '3m', '30').",
                            fr: "--within : « {value} » n'est pas une durée ; écrivez des jours comme « 30d » (ou « 2w », « 3m », « 30 »).")
    let nothingDue = Phrase(en: "Nothing falls due within {days} days.", fr: "Rien n'arrive à échéance d'ici {days} jours.")
    let columnAgreement = Phrase(en: "AGREEMENT", fr: "CONVENTION")
    let columnCategory = Phrase(en: "CATEGORY", fr: "CATÉGORIE")
    let columnCommitments = Phrase(en: "COMMITMENTS", fr: "ENGAGEMENTS")
    let columnWhen = Phrase(en: "WHEN", fr: "QUAND")
    let columnWho = Phrase(en: "WHO", fr: "QUI")
    let columnEvents = Phrase(en: "EVENTS", fr: "ÉVÈNEMENTS")
    let columnReplica = Phrase(en: "REPLICA", fr: "RÉPLIQUE")
    let columnRecords = Phrase(en: "RECORDS", fr: "ENREGISTREMENTS")
    let columnKey = Phrase(en: "KEY (FINGERPRINT)", fr: "CLÉ (EMPREINTE)")
    let unsignedKey = Phrase(en: "unsigned (older Accord)", fr: "non signé (Accord plus ancien)")
    let keysHow = Phrase(en: "Compare each key's fingerprint with its owner by phone or in person: a record not signed by its replica's key is set aside.",
                         fr: "Comparez l'empreinte de chaque clé avec son propriétaire, par téléphone ou de vive voix : un enregistrement que la clé de sa réplique n'a pas signé est mis de côté.")
    let setAsideHeading = CountedPhrase(
        en: ("{n} record set aside (not applied, kept in its file):", "{n} records set aside (not applied, kept in their files):"),
        fr: ("{n} enregistrement mis de côté (pas appliqué, gardé dans son fichier) :", "{n} enregistrements mis de côté (pas appliqués, gardés dans leurs fichiers) :"))
    let setAsideLine = Phrase(en: "record {record} of {who}: {reason}", fr: "enregistrement {record} de {who} : {reason}")

    // accord show.
    let showPartner = Phrase(en: "Partner {id}", fr: "Partenaire {id}")
    let showAgreement = Phrase(en: "Agreement {id}", fr: "Convention {id}")
    let showCommitment = Phrase(en: "Commitment {id}", fr: "Engagement {id}")
    let showAction = Phrase(both: "Action {id}")
    let showCategory = Phrase(en: "Category {id}", fr: "Catégorie {id}")
    let labelAgreements = Phrase(en: "Agreements", fr: "Conventions")
    let labelSigned = Phrase(en: "Signed", fr: "Signée le")
    let labelTerm = Phrase(en: "Term", fr: "Durée")
    let labelProgress = Phrase(en: "Progress", fr: "Avancement")
    let labelCommitments = Phrase(en: "Commitments", fr: "Engagements")
    let labelActions = Phrase(both: "Actions")
    let labelPath = Phrase(en: "Path", fr: "Chemin")
    let labelDone = Phrase(en: "Done", fr: "Faite")
    let termYears = CountedPhrase(en: ("{n} year", "{n} years"), fr: ("{n} an", "{n} ans"))
    let termEnds = CountedPhrase(en: ("{n} year, ends {day}", "{n} years, ends {day}"), fr: ("{n} an, fin le {day}", "{n} ans, fin le {day}"))
    let progressPercent = Phrase(en: "{done}/{total} actions done ({percent} %)", fr: "{done}/{total} actions faites ({percent} %)")
    let doneYes = Phrase(en: "yes, on {day}", fr: "oui, le {day}")
    let doneNo = Phrase(en: "no", fr: "non")
    let overdueMark = Phrase(en: " (overdue)", fr: " (en retard)")

    // Reports, import, export, generate.
    let wroteReport = Phrase(en: "Wrote {file}: {format} report of {agreements}.", fr: "Écrit {file} : rapport {format} de {agreements}.")
    let csvOptionsAlone = Phrase(en: "--excel and --csv-separator apply to CSV reports (add --format csv, or --output FILE.csv).",
                                 fr: "--excel et --csv-separator valent pour les rapports CSV (ajoutez --format csv, ou --output FICHIER.csv).")
    let badSeparator = Phrase(en: "--csv-separator takes ',', ';', '|' or 'tab' (got '{value}').", fr: "--csv-separator prend ',', ';', '|' ou 'tab' (reçu « {value} »).")
    let notUTF8 = Phrase(en: "{name} is not UTF-8 text.", fr: "{name} n'est pas du texte UTF-8.")
    let nothingImported = Phrase(en: "Nothing was imported.", fr: "Rien n'a été importé.")
    // The progress line of long work (stderr, on a terminal only).
    let progressCount = Phrase(en: "{done} of {total}", fr: "{done} sur {total}")
    let progressRate = Phrase(both: "{rate}/s")
    let progressLeft = Phrase(en: "{time} left", fr: "encore {time}")
    let progressImporting = Phrase(en: "Importing {name}", fr: "Import de {name}")
    let progressReading = Phrase(en: "reading the file (bytes)", fr: "lecture du fichier (octets)")
    let progressSaving = Phrase(en: "checking and saving {items}", fr: "vérification et enregistrement : {items}")
    let progressGenerating = Phrase(en: "Generating", fr: "Génération")
    let progressAgreements = Phrase(en: "agreements written", fr: "conventions écrites")
    let progressRebuilding = Phrase(en: "Rebuilding the cache", fr: "Reconstruction du cache")
    let progressReplaying = Phrase(en: "reading every journal", fr: "lecture de tous les journaux")
    let progressWritingCache = Phrase(en: "writing the cache", fr: "écriture du cache")
    let progressSyncing = Phrase(en: "Syncing", fr: "Synchronisation")
    let progressCommitting = Phrase(en: "committing this replica's records", fr: "enregistrement des modifications de cette réplique dans git")
    let progressFetching = Phrase(en: "fetching from {remote}", fr: "réception depuis {remote}")
    let progressTaking = Phrase(en: "taking in what came", fr: "prise en compte de ce qui est arrivé")
    let progressPushing = Phrase(en: "sending", fr: "envoi")
    let progressReadingIn = Phrase(en: "reading what came in", fr: "lecture de ce qui est arrivé")
    let imported = Phrase(en: "Imported {name}: {added} — 'accord undo' removes {them}.", fr: "Importé {name} : {added} — « accord undo » {them}.")
    let removesIt = Phrase(en: "it", fr: "le retire")
    let removesThem = Phrase(en: "them", fr: "les retire")
    let standardInput = Phrase(en: "standard input", fr: "l'entrée standard")
    let isDirectory = Phrase(en: "{name} is a directory; import one YAML or JSON file from it{example}.", fr: "{name} est un dossier ; importez-en un fichier YAML ou JSON{example}.")
    let forExample = Phrase(en: ", e.g. 'accord import {file}'", fr: ", par exemple « accord import {file} »")
    let noSuchFile = Phrase(en: "{name}: no such file.", fr: "{name} : fichier introuvable.")
    let cannotRead = Phrase(en: "cannot read {name}: {reason}.", fr: "impossible de lire {name} : {reason}.")
    let agreementsRange = Phrase(en: "--agreements must be from 1 to {max}.", fr: "--agreements doit aller de 1 à {max}.")
    let wroteGenerated = Phrase(en: "Wrote {file}: {agreements} with their partners, commitments and actions.",
                                fr: "Écrit {file} : {agreements} avec leurs partenaires, engagements et actions.")
    let danglingLink = Phrase(en: "{path} is a symbolic link to a file that does not exist; nothing was written (write to its target, or remove the link).",
                              fr: "{path} est un lien symbolique vers un fichier qui n'existe pas ; rien n'a été écrit (écrivez vers sa cible, ou supprimez le lien).")
    let cannotWrite = Phrase(en: "cannot write {path}: {reason}; nothing was written there.", fr: "impossible d'écrire {path} : {reason} ; rien n'y a été écrit.")

    // Themes, language.
    let themesOfYourOwn = Phrase(en: "Themes of your own: {directory}/themes/*.yaml (format: themes/README.md).",
                                 fr: "Vos propres thèmes : {directory}/themes/*.yaml (format : themes/README.md).")
    let themeError = Phrase(en: "Theme error: {problem} (file skipped).", fr: "Erreur de thème : {problem} (fichier ignoré).")
    let themeSavedNoColour = Phrase(en: "Theme {name} saved; colour is off here (NO_COLOR or the terminal).",
                                    fr: "Thème {name} retenu ; pas de couleur ici (NO_COLOR ou le terminal).")
    let themeNotRemembered = Phrase(en: "Theme {name} in use but not remembered: {error}", fr: "Thème {name} utilisé mais non retenu : {error}")
    let previewLate = Phrase(en: "! late", fr: "! retard")
    let previewSoon = Phrase(en: "◷ soon", fr: "◷ bientôt")
    let previewMatch = Phrase(en: "match", fr: "trouvé")
    let previewHelp = Phrase(en: "? help", fr: "? aide")
    let previewError = Phrase(en: " error ", fr: " erreur ")
    let configNotMapping = Phrase(en: "{file}: expected keys theme, mouse and language", fr: "{file} : les clés theme, mouse et language étaient attendues")
    let configLanguage = Phrase(en: "{place}: language: '{value}' is not en, fr or auto", fr: "{place} : language: « {value} » n'est ni en, ni fr, ni auto")
    let configFlag = Phrase(en: "{place}: {key}: '{value}' is not true or false", fr: "{place} : {key}: « {value} » n'est ni true ni false")
    let configUnknownKey = Phrase(en: "{place}: {key}: unknown key (expected theme, mouse, language)",
                                  fr: "{place} : {key} : clé inconnue (attendu : theme, mouse, language)")
    let savedButNotSaid = Phrase(en: "accord: the change was saved, but its message could not be written to standard output ({reason}).",
                                 fr: "accord : la modification est enregistrée, mais son message n'a pas pu être écrit sur la sortie standard ({reason}).")
    let cannotWriteOutput = Phrase(en: "accord: cannot write to standard output: {reason}.", fr: "accord : impossible d'écrire sur la sortie standard : {reason}.")
    let cannotWriteFile = Phrase(en: "cannot write {path}", fr: "impossible d'écrire {path}")
    let cannotReplaceFile = Phrase(en: "cannot replace {path}", fr: "impossible de remplacer {path}")
    let languageNotRemembered = Phrase(en: "Language in use but not remembered: {error}", fr: "Langue utilisée mais non retenue : {error}")
    let stoppedBySignal = Phrase(en: "stopped by signal {signal}; every change made before it is saved.",
                                 fr: "arrêté par le signal {signal} ; toute modification faite avant est enregistrée.")

    // Team: sync, conflicts, replicas, watch.
    let initNeedsURL = Phrase(en: "--init needs a URL.", fr: "--init demande une URL.")
    let cannotSync = Phrase(en: "cannot sync: {reason}", fr: "synchronisation impossible : {reason}")
    let noConflicts = Phrase(en: "No conflicts: every replica's changes applied as they were made.",
                             fr: "Aucun conflit : les modifications de chaque réplique s'appliquent telles quelles.")
    let conflictsHow = Phrase(en: "'accord conflicts take ID' makes a lost value current again; 'accord conflicts dismiss ID' keeps what is there.",
                              fr: "« accord conflicts take ID » rend une valeur perdue de nouveau actuelle ; « accord conflicts dismiss ID » garde l'existant.")
    let labelUndo = Phrase(en: "{label} — 'accord undo' undoes it.", fr: "{label} — « accord undo » l'annule.")
    let dismissed = Phrase(en: "Dismissed conflict {id}: the current value stays.", fr: "Conflit {id} écarté : la valeur actuelle reste.")
    let thisReplica = Phrase(en: "This replica: {id} — {name}", fr: "Cette réplique : {id} — {name}")
    let noNameYet = Phrase(en: "no name yet ('accord replica name NAME')", fr: "pas encore de nom (« accord replica name NOM »)")
    let thisOne = Phrase(en: " (this one)", fr: " (celle-ci)")
    let lastSync = Phrase(en: "Last sync: {when} — {summary}", fr: "Dernière synchro : {when} — {summary}")
    let nameEmpty = Phrase(en: "the name cannot be empty.", fr: "le nom ne peut pas être vide.")
    let cannotName = Phrase(en: "cannot name this replica: {error}", fr: "impossible de nommer cette réplique : {error}")
    let named = Phrase(en: "This replica ({id}) is now called '{name}'; the next sync shares the name.",
                       fr: "Cette réplique ({id}) s'appelle désormais « {name} » ; la prochaine synchro partage ce nom.")
    let byReplica = Phrase(en: " — by {name}", fr: " — par {name}")
    let countAtLeastOne = Phrase(en: "--count must be at least 1.", fr: "--count doit valoir au moins 1.")
    let rereadInOrder = Phrase(en: "accord: records arrived that sort before ones already shown (another replica's, or a repair); the data was read again in order, and they follow.",
                               fr: "accord : des enregistrements sont arrivés avant d'autres déjà montrés (d'une autre réplique, ou une réparation) ; les données ont été relues dans l'ordre, et les voici.")
    let cannotReadJournal = Phrase(en: "cannot read the journal: {error}", fr: "impossible de lire le journal : {error}")
    let stoppedWatching = Phrase(en: "stopped watching: {reason}.", fr: "surveillance arrêtée : {reason}.")

    // Journal.
    let verifyDirectory = Phrase(en: "Data directory: {directory}", fr: "Dossier de données : {directory}")
    let verifyReplica = CountedPhrase(en: ("This replica: {id}, last record {seq} ({file}); {n} other replica in journal/",
                                           "This replica: {id}, last record {seq} ({file}); {n} other replicas in journal/"),
                                      fr: ("Cette réplique : {id}, dernier enregistrement {seq} ({file}) ; {n} autre réplique dans journal/",
                                           "Cette réplique : {id}, dernier enregistrement {seq} ({file}) ; {n} autres répliques dans journal/"))
    let verifyNoneYet = Phrase(en: "none yet", fr: "aucune encore")
    let verifyRecords = Phrase(en: "Records: {n} replayed from every journal's start", fr: "Enregistrements : {n} rejoués depuis le début de chaque journal")
    let verifyNoSnapshot = Phrase(en: "Opening: from the journals alone (no cache)", fr: "Ouverture : par les journaux seuls (pas de cache)")
    let verifySnapshot = Phrase(en: "Opening: from local/snapshot.sqlite, {n} record(s) after it; {agreement}",
                                fr: "Ouverture : depuis local/snapshot.sqlite, {n} enregistrement(s) après lui ; {agreement}")
    let verifyAgrees = Phrase(en: "agrees with the journals", fr: "conforme aux journaux")
    let verifyDiffers = Phrase(en: "differs from the journals (it is a cache: rebuilt at the next change)",
                               fr: "diffère des journaux (c'est un cache : refait à la prochaine modification)")
    let verifyReadInPlace = Phrase(en: "Cache: local/snapshot.sqlite, this replica up to record {seq}; {agreement}",
                                   fr: "Cache : local/snapshot.sqlite, cette réplique jusqu'à l'enregistrement {seq} ; {agreement}")
    let verifyReadInPlaceNone = Phrase(en: "Cache: none (written at the next change once the journals pass 256 KiB)",
                                       fr: "Cache : aucun (écrit à la prochaine modification dès que les journaux dépassent 256 Kio)")
    let verifyBehind = Phrase(en: "behind the journals (brought up to date at the next change)",
                              fr: "en retard sur les journaux (mis à jour à la prochaine modification)")
    let verifyReadInPlaceUnreadable = Phrase(en: "Cache: local/snapshot.sqlite cannot be read ({problem}); removed, it is written again at the next change",
                                             fr: "Cache : local/snapshot.sqlite est illisible ({problem}) ; retiré, il sera réécrit à la prochaine modification")
    let verifyDamaged = Phrase(en: "damaged: {damage}", fr: "abîmé : {damage}")
    let verifyTornTail = Phrase(en: "torn tail: line {line}, {bytes} byte(s): {problem} (moved to quarantine at the next start that can write)",
                                fr: "fin tronquée : ligne {line}, {bytes} octet(s) : {problem} (mise en quarantaine au prochain lancement qui peut écrire)")
    let verifyNewer = Phrase(en: "written by a newer Accord: {what}; this build shows the data read-only and changes nothing",
                             fr: "écrit par un Accord plus récent : {what} ; cette version montre les données en lecture seule et n'y change rien")
    let verifyClean = Phrase(en: "Result: clean", fr: "Résultat : sain")
    let verifyProblems = CountedPhrase(en: ("Result: {n} problem(s)", "Result: {n} problem(s)"), fr: ("Résultat : {n} problème", "Résultat : {n} problèmes"))
    let verifyRunRepair = Phrase(en: " — run 'accord journal repair'", fr: " — lancez « accord journal repair »")
    let journalEmpty = Phrase(en: "The journal is empty.", fr: "Le journal est vide.")
    let cannotRepair = Phrase(en: "cannot repair: {reason}.", fr: "réparation impossible : {reason}.")
    let nothingToRepair = Phrase(en: "journal/{replica}.log has no damaged record; nothing to repair.",
                                 fr: "journal/{replica}.log n'a aucun enregistrement abîmé ; rien à réparer.")
    let backedUp = Phrase(en: "Backed up the journal to {path}.", fr: "Journal sauvegardé dans {path}.")
    let removedLine = Phrase(en: "  removed {damage}", fr: "  retiré : {damage}")
    let keptInQuarantine = Phrase(en: "The removed lines are kept byte for byte in {path}.", fr: "Les lignes retirées sont gardées octet pour octet dans {path}.")
    let keptGood = CountedPhrase(en: ("Kept the {n} good record of journal/{replica}.log; each lost number holds an empty record saying so, and the data is writable again.",
                                      "Kept the {n} good records of journal/{replica}.log; each lost number holds an empty record saying so, and the data is writable again."),
                                 fr: ("Gardé le {n} enregistrement sain de journal/{replica}.log ; chaque numéro perdu porte un enregistrement vide qui le dit, et les données sont de nouveau modifiables.",
                                      "Gardé les {n} enregistrements sains de journal/{replica}.log ; chaque numéro perdu porte un enregistrement vide qui le dit, et les données sont de nouveau modifiables."))
    let snapshotsRebuilt = Phrase(en: "Rebuilt local/snapshot.sqlite from the journals ({n} record(s) replayed from their start).",
                                  fr: "local/snapshot.sqlite refait à partir des journaux ({n} enregistrement(s) rejoué(s) depuis leur début).")
    let snapshotRebuiltSmall = Phrase(en: "Replayed the journals from their start ({n} record(s)); below 256 KiB of journals no cache (local/snapshot.sqlite) is kept.",
                                      fr: "Journaux rejoués depuis leur début ({n} enregistrement(s)) ; sous 256 Kio de journaux, aucun cache (local/snapshot.sqlite) n'est gardé.")

    // Options every command takes.
    let unknownLanguage = Phrase(en: "--lang '{value}' is not a language Accord speaks; give fr or en.",
                                 fr: "--lang « {value} » n'est pas une langue d'Accord ; donnez fr ou en.")
    let dataEmpty = Phrase(en: "--data is empty; give a data directory, or leave the option out to use the default.",
                           fr: "--data est vide ; donnez un dossier de données, ou retirez l'option pour celui par défaut.")
    let accordDataEmpty = Phrase(en: "ACCORD_DATA is set but empty; set it to a data directory, or unset it to use the default.",
                                 fr: "ACCORD_DATA est défini mais vide ; donnez-lui un dossier de données, ou retirez-le pour celui par défaut.")
}
