/// What the core says in sentences: standings, change labels, refusals, form errors.
/// `{…}` are the values put in (see `Phrase`).
public final class CorePhrases: Sendable {
    // Standings.
    public let noteLate = Phrase(en: "!{n} late", fr: "!{n} retard")
    public let noteExpired = Phrase(en: "expired", fr: "expirée")
    public let noteEndsIn = Phrase(en: "ends in {n}d", fr: "expire dans {n} j")
    public let statusEndsIn = CountedPhrase(en: ("{status}, ends in {n} day", "{status}, ends in {n} days"),
                                            fr: ("{status}, expire dans {n} jour", "{status}, expire dans {n} jours"))
    public let openEnded = Phrase(en: "open-ended", fr: "sans fin")
    public let dueOn = Phrase(en: "due {day}", fr: "échéance {day}")
    public let overdueSuffix = Phrase(en: ", {n} overdue", fr: ", {n} en retard")
    public let overdueHeading = Phrase(en: "Overdue ({n})", fr: "En retard ({n})")

    // What a record did.
    public let undid = Phrase(en: "Undid: {label}", fr: "Annulé : {label}")
    public let redid = Phrase(en: "Redid: {label}", fr: "Rétabli : {label}")
    // What an error number means (SystemErrorText).
    public let osPermission = Phrase(en: "permission denied", fr: "permission refusée")
    public let osNoSpace = Phrase(en: "no space left on the disk", fr: "plus de place sur le disque")
    public let osNotFound = Phrase(en: "no such file or directory", fr: "fichier ou dossier introuvable")
    public let osReadOnly = Phrase(en: "read-only file system", fr: "système de fichiers en lecture seule")
    public let osSymbolicLink = Phrase(en: "it is a symbolic link, which Accord does not follow",
                                       fr: "c'est un lien symbolique, qu'Accord ne suit pas")
    public let osIsDirectory = Phrase(en: "it is a directory", fr: "c'est un dossier")
    public let osNotDirectory = Phrase(en: "a part of the path is not a directory", fr: "une partie du chemin n'est pas un dossier")
    public let osExists = Phrase(en: "it already exists", fr: "il existe déjà")
    public let ticked = Phrase(en: "Ticked '{title}'", fr: "Coché « {title} »")
    public let tickedSeveral = CountedPhrase(en: ("Ticked {n} action", "Ticked {n} actions"), fr: ("Coché {n} action", "Coché {n} actions"))
    public let noEndToRenew = Phrase(en: "agreement '{id}' has no end to renew from: give it a signing date and a term first.",
                                     fr: "la convention « {id} » n'a pas de fin d'où la renouveler : donnez-lui d'abord une date de signature et une durée.")
    public let occurrenceTitle = Phrase(both: "{title} ({day})")
    public let renewedLabel = Phrase(en: "Renewed '{title}'", fr: "Renouvelé « {title} »")
    public let unticked = Phrase(en: "Unticked '{title}'", fr: "Décoché « {title} »")
    public let added = Phrase(en: "Added {kind} '{title}'", fr: "Ajout {kind} « {title} »")
    public let edited = Phrase(en: "Edited {kind} '{title}'", fr: "Modification {kind} « {title} »")
    public let deleted = Phrase(en: "Deleted {kind} '{title}'", fr: "Suppression {kind} « {title} »")
    public let noted = Phrase(en: "Noted '{title}'", fr: "Note sur « {title} »")
    public let tookBack = Phrase(en: "Took back {what}", fr: "Valeur reprise : {what}")
    public let fieldsOfItem = Phrase(en: "'{fields}' of {id}", fr: "« {fields} » de {id}")
    public let keptCurrent = Phrase(en: "Kept the current value of {id} (conflict {conflict})",
                                    fr: "Valeur actuelle gardée pour {id} (conflit {conflict})")

    /// A label before its value: "Status:" / "Statut :" (French puts a space before the colon).
    public let labelled = Phrase(en: "{label}:", fr: "{label} :")
    /// Between the parts of one sentence: "; " / " ; ".
    public let semicolon = Phrase(en: "; ", fr: " ; ")
    /// A title quoted: “Title” / « Titre ».
    public let quoted = Phrase(en: "“{text}”", fr: "« {text} »")
    public let loadedSamples = Phrase(en: "Loaded the sample agreements", fr: "Conventions d'exemple chargées")
    public let generatedLabel = CountedPhrase(en: ("Generated {n} agreement (seed {seed})", "Generated {n} agreements (seed {seed})"),
                                              fr: ("{n} convention générée (graine {seed})", "{n} conventions générées (graine {seed})"))

    // Counts of items.
    public let nothing = Phrase(en: "nothing", fr: "rien")
    public let and = Phrase(en: "and", fr: "et")
    public let deletionWithChildren = Phrase(en: "{kind}, its {children}", fr: "{kind}, ses {children}")

    // Refusals (AccordError): lower case first, a period at the end.
    public let invalidID = Phrase(en: "'{id}' is not a valid id: {reason}.", fr: "« {id} » n'est pas un identifiant valable : {reason}.")
    public let duplicateID = Phrase(en: "the id '{id}' is already used by {kind}.", fr: "l'identifiant « {id} » est déjà pris par {kind}.")
    public let unknownID = Phrase(en: "no {kind} has the id '{id}'.", fr: "aucun élément ({kind}) n'a l'identifiant « {id} ».")
    public let emptyField = Phrase(en: "the {field} of {kind} '{id}' cannot be empty.",
                                   fr: "le champ {field} ({kind} « {id} ») ne peut pas être vide.")
    public let missingReference = Phrase(en: "{kind} '{id}' names {field} '{reference}', which does not exist.",
                                         fr: "{kind} « {id} » nomme {field} « {reference} », qui n'existe pas.")
    public let tooFewSignatories = Phrase(en: "agreement '{id}' needs at least two different signatories (it has {n}).",
                                          fr: "la convention « {id} » demande au moins deux signataires différents (elle en a {n}).")
    public let invalidTerm = Phrase(en: "agreement '{id}' has a term of {n} years; a term is at least 1 year.",
                                    fr: "la convention « {id} » a une durée de {n} ans ; une durée est d'au moins 1 an.")
    public let stillReferenced = Phrase(en: "{kind} '{id}' is still used by {by}; change or delete that first.",
                                        fr: "{kind} « {id} » sert encore à {by} ; modifiez ou supprimez d'abord cela.")
    public let hasChildren = CountedPhrase(en: ("{kind} '{id}' still holds {n} item; delete them first.",
                                                "{kind} '{id}' still holds {n} items; delete them first."),
                                           fr: ("{kind} « {id} » contient encore {n} élément ; supprimez-le d'abord.",
                                                "{kind} « {id} » contient encore {n} éléments ; supprimez-les d'abord."))
    public let alreadyDone = Phrase(en: "action '{id}' is already done (on {day}).", fr: "l'action « {id} » est déjà faite (le {day}).")
    public let notDone = Phrase(en: "action '{id}' is not done.", fr: "l'action « {id} » n'est pas faite.")
    public let notARule = Phrase(en: "'{text}' is not a recurrence; write e.g. 'every year', 'every 6 months', 'every year on 15 October', 'every year in June', 'every 1 year from 2026-06-30 until 2030-06-09'.",
                                 fr: "« {text} » n'est pas une périodicité ; écrivez par ex. « chaque année », « tous les 6 mois », « chaque année le 15 octobre », « chaque année en juin », « every 1 year from 2026-06-30 until 2030-06-09 ».")
    public let ruleNeedsStart = Phrase(en: "'{text}' says not when it starts: give a due date or add 'from YYYY-MM-DD'.",
                                       fr: "« {text} » ne dit pas quand elle commence : donnez une échéance ou ajoutez « à partir du AAAA-MM-JJ ».")
    public let notMonths = Phrase(en: "'{text}' is not a number of months (1 to 120).", fr: "« {text} » n'est pas un nombre de mois (de 1 à 120).")
    public let recurringTick = Phrase(en: "action '{id}' recurs: tick one of its occurrences ('{next}' is the first open one).",
                                      fr: "l'action « {id} » est périodique : cochez l'une de ses occurrences (« {next} » est la première ouverte).")
    public let seriesFinished = Phrase(en: "action '{id}' recurs and every occurrence is done.",
                                       fr: "l'action « {id} » est périodique et toutes ses occurrences sont faites.")
    public let invalidNotice = Phrase(en: "agreement '{id}' has a notice of {n} months; notice is 1 to 120 months.",
                                      fr: "la convention « {id} » a un préavis de {n} mois ; un préavis va de 1 à 120 mois.")
    public let seriesIDTooLong = Phrase(en: "the id of a recurring action is at most {n} characters (each occurrence adds its date).",
                                        fr: "l'identifiant d'une action périodique fait au plus {n} caractères (chaque occurrence y ajoute sa date).")
    public let emptyChange = Phrase(en: "the change holds no event.", fr: "la modification ne contient aucun évènement.")
    public let nothingChanged = Phrase(en: "nothing changed: {kind} '{id}' already has these values.",
                                       fr: "rien n'a changé : {kind} « {id} » a déjà ces valeurs.")
    public let nothingToUndo = Phrase(en: "there is nothing to undo.", fr: "il n'y a rien à annuler.")
    public let nothingToRedo = Phrase(en: "there is nothing to redo.", fr: "il n'y a rien à rétablir.")
    public let unknownConflict = Phrase(en: "no conflict is listed as '{which}' ('accord conflicts' lists them).",
                                        fr: "aucun conflit n'est listé sous « {which} » (« accord conflicts » les liste).")
    public let changedElsewhere = Phrase(en: "{refusal} — another Accord changed the data meanwhile ({changes}{more}).",
                                         fr: "{refusal} — un autre Accord a modifié les données entre-temps ({changes}{more}).")
    public let andMore = Phrase(en: " and {n} more", fr: " et {n} de plus")
    public let usedByCommitment = Phrase(en: "commitment '{id}'", fr: "l'engagement « {id} »")
    public let usedByAgreement = Phrase(en: "agreement '{id}'", fr: "la convention « {id} »")

    // Form and field errors (FieldError).
    public let fieldError = Phrase(en: "{field}: {message}", fr: "{field} : {message}")
    public let noSuchField = Phrase(en: "{kind} has no field '{field}' (it has {fields}).", fr: "{kind} n'a pas de champ « {field} » (champs : {fields}).")
    public let cannotBeEmpty = Phrase(en: "cannot be empty.", fr: "ne peut pas être vide.")
    public let oneOwner = Phrase(en: "names one partner at most (got {n}).", fr: "nomme un seul partenaire au plus ({n} donnés).")
    public let categoriesByImport = Phrase(en: "categories are added by importing a file.", fr: "les catégories s'ajoutent en important un fichier.")
    public let typedIDTaken = Phrase(en: "'{id}' is already used by {kind}.", fr: "« {id} » est déjà pris par {kind}.")
    public let notADate = Phrase(en: "'{text}' is not a date; write 31/12/2026, 2026-12-31, today, tomorrow, +7d, +2w or a weekday (today is {today}).",
                                 fr: "« {text} » n'est pas une date ; écrivez 31/12/2026, 2026-12-31, aujourd'hui, demain, +7j, +2s ou un jour de la semaine (nous sommes le {today}).")
    public let doneInFuture = Phrase(en: "{day} is in the future; an action is done today or earlier (today is {today}).",
                                     fr: "{day} est dans le futur ; une action est faite aujourd'hui ou avant (nous sommes le {today}).")
    public let notYears = Phrase(en: "'{text}' is not a number of years from 1 to 100.", fr: "« {text} » n'est pas un nombre d'années de 1 à 100.")
    public let noPartnerCalled = Phrase(en: "no partner is called '{name}' (use an id or short name from 'accord list partners').",
                                        fr: "aucun partenaire ne s'appelle « {name} » (un id ou un sigle de « accord list partners »).")
    public let severalCalled = Phrase(en: "{n} {kinds} are called '{text}'; give the id ({ids}).",
                                      fr: "{n} {kinds} s'appellent « {text} » ; donnez l'identifiant ({ids}).")
    public let noReference = Phrase(en: "no {kind} has the id or title '{text}' (see 'accord list {command}').",
                                    fr: "aucun élément ({kind}) n'a l'id ou l'intitulé « {text} » (voir « accord list {command} »).")
    public let ownerNotPartner = Phrase(en: "'{owner}' is not a partner of this agreement (its partners: {partners}).",
                                        fr: "« {owner} » n'est pas partenaire de cette convention (ses partenaires : {partners}).")
    public let notOneOf = Phrase(en: "'{text}' is not one of: {choices}.", fr: "« {text} » ne fait pas partie de : {choices}.")

    // Undo over a colleague's change; conflicts.
    public let undoWarning = Phrase(en: "{who} changed {what} since; this {verb} sets it back over their change",
                                    fr: "{who} a modifié {what} depuis ; {verb} remet l'ancienne valeur par-dessus")
    public let undoVerb = Phrase(en: "undo", fr: "cette annulation")
    public let redoVerb = Phrase(en: "redo", fr: "ce rétablissement")
    public let conflictLostTo = Phrase(en: "{id} {lost} ({loser}) lost to {winner}", fr: "{id} {lost} ({loser}) perdu face à {winner}")
    public let conflictLeftOut = Phrase(en: "{id}: '{label}' ({loser}) left out: {reason}", fr: "{id} : « {label} » ({loser}) écarté : {reason}")
    public let conflictLostToDeletion = Phrase(en: "{id} deleted by {winner}: {lost} ({loser}) lost", fr: "{id} supprimé par {winner} : {lost} ({loser}) perdu")
    public let conflictDeleted = Phrase(en: "{id}: {lost} ({loser}, record {seq}); the item was deleted by {winner} without having seen it.",
                                        fr: "{id} : {lost} ({loser}, enregistrement {seq}) ; l'élément a été supprimé par {winner} sans l'avoir vu.")
    public let skewDays = CountedPhrase(en: ("{n} day", "{n} days"), fr: ("{n} jour", "{n} jours"))
    public let skewHours = CountedPhrase(en: ("{n} hour", "{n} hours"), fr: ("{n} heure", "{n} heures"))
    public let skewMinutes = CountedPhrase(both: ("{n} minute", "{n} minutes"))
    public let clockAhead = Phrase(en: "{who}'s clock was found ahead by about {ahead} (its records say they were written after records written after seeing them); its changes made without seeing others' win until real time catches up: 'accord conflicts' lists what they overwrote.",
                                   fr: "L'horloge de {who} a été trouvée en avance d'environ {ahead} (ses enregistrements se disent écrits après des enregistrements faits en les ayant vus) ; ses modifications faites sans voir celles des autres l'emportent jusqu'à ce que l'heure réelle la rattrape : « accord conflicts » liste ce qu'elles ont écrasé.")
    public let conflictClockAhead = Phrase(en: " ({who}'s clock was ahead by about {ahead})", fr: " (l'horloge de {who} avançait d'environ {ahead})")
    public let conflictValues = Phrase(en: "(lost: {values})", fr: "(perdu : {values})")

    // Why the data is read-only, in a few words (ReadOnlyReason.brief).
    public let readOnlyDamaged = Phrase(en: "{file} is damaged at line {line}; run 'accord journal repair'",
                                        fr: "{file} est abîmé ligne {line} ; lancez « accord journal repair »")
    public let readOnlyWriteFailed = Phrase(en: "a write failed ({reason}); restart once it is fixed",
                                            fr: "une écriture a échoué ({reason}) ; relancez une fois réglé")
    public let readOnlyCannotOpen = Phrase(en: "the journal cannot be written ({reason})", fr: "le journal ne peut pas être écrit ({reason})")
    public let readOnlyNewer = Phrase(en: "a newer Accord wrote this data; change it with that version",
                                      fr: "un Accord plus récent a écrit ces données ; modifiez-les avec cette version")
    public let readOnlyRequested = Phrase(en: "the data was opened read-only", fr: "les données sont ouvertes en lecture seule")

    // Sync.
    public let syncNotShared = Phrase(en: "this data is not shared through git yet: 'accord sync --init URL' sets it up",
                                      fr: "ces données ne sont pas encore partagées par git : « accord sync --init URL » le met en place")
    public let syncNoRemote = Phrase(en: "no git remote: 'accord sync --init URL' names one", fr: "pas de dépôt distant : « accord sync --init URL » en nomme un")
    public let gitMissing = Phrase(en: "git is not installed (on Debian or Ubuntu: apt install git); a synced folder needs no git at all.",
                                   fr: "git n'est pas installé (sur Debian ou Ubuntu : apt install git) ; un dossier synchronisé n'a pas besoin de git.")
    public let directoryNotShared = Phrase(en: "{directory} is not shared through git yet: 'accord sync --init URL' sets it up (URL: a bare repository everyone can reach, or a forge's).",
                                           fr: "{directory} n'est pas encore partagé par git : « accord sync --init URL » le met en place (URL : un dépôt nu que tous atteignent, ou celui d'une forge).")
    public let directoryNoRemote = Phrase(en: "this data directory has no git remote: 'accord sync --init URL' names one.",
                                          fr: "ce dossier de données n'a pas de dépôt distant : « accord sync --init URL » en nomme un.")
    public let gitFailed = Phrase(en: "git {command} failed: {reason}", fr: "git {command} a échoué : {reason}")
    public let incomingKeptOurs = Phrase(en: "{path} differs in the shared repository; this replica's is kept.",
                                         fr: "{path} diffère dans le dépôt partagé ; celui de cette réplique est gardé.")
    public let incomingLocal = Phrase(en: "{path} was refused: local/ is never shared (someone committed it).",
                                      fr: "{path} est refusé : local/ n'est jamais partagé (quelqu'un l'a validé).")
    public let incomingOutside = Phrase(en: "{path} was refused: Accord takes only journal/ from the shared repository.",
                                        fr: "{path} est refusé : Accord ne prend que journal/ dans le dépôt partagé.")
    public let incomingUnknownName = Phrase(en: "{path} was refused: not a name Accord writes.",
                                            fr: "{path} est refusé : ce n'est pas un nom qu'Accord écrit.")
    public let incomingNotAFile = Phrase(en: "{path} was refused: it is {what}, not a file.",
                                         fr: "{path} est refusé : c'est {what}, pas un fichier.")
    public let aLink = Phrase(en: "a symbolic link", fr: "un lien symbolique")
    public let aSubmodule = Phrase(en: "a submodule", fr: "un sous-module")
    public let incomingOwn = Phrase(en: "{path} is this replica's own and differs in the shared repository; this replica's is kept and sent again.",
                                    fr: "{path} est propre à cette réplique et diffère dans le dépôt partagé ; celui de cette réplique est gardé et renvoyé.")
    public let incomingTooLarge = Phrase(en: "{path} was refused: {size} bytes, past the bound of {bound}.",
                                         fr: "{path} est refusé : {size} octets, au-delà de la limite de {bound}.")
    public let incomingHeldChanged = Phrase(en: "{path} was refused: a version held aside never changes, and this one does not match its name.",
                                            fr: "{path} est refusé : une version mise de côté ne change jamais, et celle-ci ne correspond pas à son nom.")
    public let incomingRewritten = Phrase(en: "{path} was rewritten or shortened in the shared repository, not appended to: the version held here is kept, and the other is kept too as {held}.",
                                          fr: "{path} a été réécrit ou raccourci dans le dépôt partagé, au lieu d'être complété : la version d'ici est gardée, et l'autre l'est aussi sous {held}.")
    public let incomingGone = Phrase(en: "{path} is gone from the shared repository; it is kept here and sent again.",
                                     fr: "{path} a disparu du dépôt partagé ; il est gardé ici et renvoyé.")
    public let refusedFiles = CountedPhrase(en: ("{n} file from the shared repository refused or kept as it was here (local/sync-refusals.log says why)", "{n} files from the shared repository refused or kept as they were here (local/sync-refusals.log says why)"),
                                            fr: ("{n} fichier du dépôt partagé refusé ou gardé tel qu'il était ici (local/sync-refusals.log dit pourquoi)", "{n} fichiers du dépôt partagé refusés ou gardés tels qu'ils étaient ici (local/sync-refusals.log dit pourquoi)"))
    public let removedStaleGitLock = Phrase(en: "removed {path}, left by an interrupted git command (no other sync was running).",
                                            fr: "{path} supprimé, laissé par une commande git interrompue (aucune autre synchronisation ne tournait).")
    public let syncBusy = Phrase(en: "another sync of this data directory ({holder}) has been running for {seconds} seconds; try again when it ends.",
                                 fr: "une autre synchronisation de ce dossier de données ({holder}) tourne depuis {seconds} secondes ; réessayez quand elle sera finie.")
    public let syncCancelled = Phrase(en: "the sync was cancelled; what it had taken in stays, and the next sync goes on from there.",
                                      fr: "la synchronisation a été annulée ; ce qu'elle avait déjà reçu reste, et la prochaine reprend de là.")
    public let nothingToSend = Phrase(en: "nothing new to send", fr: "rien de nouveau à envoyer")
    public let sentChanges = CountedPhrase(en: ("sent {n} change", "sent {n} changes"), fr: ("{n} modification envoyée", "{n} modifications envoyées"))
    public let nothingReceived = Phrase(en: "nothing new received", fr: "rien de nouveau reçu")
    public let receivedChanges = Phrase(en: "received {changes} from {replicas} ({who})", fr: "reçu {changes} de {replicas} ({who})")
    public let countedChanges = CountedPhrase(en: ("{n} change", "{n} changes"), fr: ("{n} modification", "{n} modifications"))
    public let countedReplicas = CountedPhrase(en: ("{n} replica", "{n} replicas"), fr: ("{n} réplique", "{n} répliques"))
    public let newConflicts = CountedPhrase(en: ("{n} new conflict ('accord conflicts' lists them)", "{n} new conflicts ('accord conflicts' lists them)"),
                                            fr: ("{n} nouveau conflit (« accord conflicts » les liste)", "{n} nouveaux conflits (« accord conflicts » les liste)"))

    // Ids.
    public let idEmpty = Phrase(en: "an id cannot be empty", fr: "un identifiant ne peut pas être vide")
    public let idTooLong = Phrase(en: "an id has at most {n} characters", fr: "un identifiant a au plus {n} caractères")
    public let idCharacters = Phrase(en: "an id uses only a–z, 0–9 and '-'", fr: "un identifiant n'utilise que a–z, 0–9 et « - »")
    public let idDashAtEnds = Phrase(en: "an id cannot start or end with '-'", fr: "un identifiant ne peut ni commencer ni finir par « - »")
    public let idDoubleDash = Phrase(en: "an id cannot contain '--'", fr: "un identifiant ne peut pas contenir « -- »")

    // A conflict in a sentence (accord conflicts).
    public let conflictFieldWas = Phrase(en: "'{field}' was {value}", fr: "« {field} » valait {value}")
    public let conflictBy = Phrase(en: " by {who} (record {seq})", fr: " par {who} (enregistrement {seq})")
    public let conflictOverwritten = Phrase(en: "{id}: {lost} ({loser}, record {seq}); set again{winner} without having seen it.",
                                            fr: "{id} : {lost} ({loser}, enregistrement {seq}) ; réécrit{winner} sans l'avoir vu.")
    public let conflictRefused = Phrase(en: "{id}: '{label}' ({loser}, record {seq}) was left out: {reason}",
                                        fr: "{id} : « {label} » ({loser}, enregistrement {seq}) a été écarté : {reason}")

    // Search filters.
    public let statusFilter = Phrase(en: "status: takes done or open", fr: "statut: prend fait ou ouvert (status:done, status:open)")
    public let dueFilter = Phrase(en: "due: takes overdue", fr: "échéance: prend retard (due:overdue)")
}
