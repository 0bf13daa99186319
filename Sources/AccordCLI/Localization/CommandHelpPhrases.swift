import AccordCore

/// What `--help` says of each command and option, in English and French (read when the
/// language is already chosen: `AccordMain` sets it before parsing).
final class CommandHelpPhrases: Sendable {
    let accordDiscussion = Phrase(en: """
            With no subcommand, opens the dashboard (or, when output is not a terminal, prints an overview).
            """, fr: """
            Sans sous-commande, ouvre le tableau de bord (ou, quand la sortie n'est pas un terminal, écrit un bilan).
            """)
    let accordAbstract = Phrase(en: "Follow partnership agreements, their commitments and actions.",
                        fr: "Suivre les conventions de partenariat, leurs engagements et leurs actions.")
    let accessible = Phrase(en: "For screen readers and braille displays: the cursor shown on the focus, no box lines or bars, one line per item (also accessible: true in config.yaml).",
                            fr: "Pour lecteurs d'écran et plages braille : curseur visible sur le focus, sans cadres ni barres, une ligne par élément (aussi accessible: true dans config.yaml).")
    let noMouse = Phrase(en: "Do not use the mouse in the dashboard.",
                        fr: "Ne pas utiliser la souris dans le tableau de bord.")
    let theme = Phrase(en: "The dashboard's colour theme: a name from 'accord themes' or a theme file (default: $ACCORD_THEME, else config.yaml).",
                        fr: "Le thème de couleurs du tableau de bord : un nom de « accord themes » ou un fichier de thème (par défaut : $ACCORD_THEME, sinon config.yaml).")
    let addDiscussionHead = Phrase(en: "Fields by kind (required ones starred):", fr: "Champs par type (obligatoires marqués *) :")
    let addDiscussionTail = Phrase(en: "Every kind takes --id (default: made from the title or name). The change can be undone with 'accord undo'.",
                                   fr: "Chaque type prend --id (par défaut : tiré de l'intitulé ou du nom). « accord undo » annule l'ajout.")
    let addAbstract = Phrase(en: "Add a partner, an agreement, a commitment or an action.",
                        fr: "Ajouter un partenaire, une convention, un engagement ou une action.")
    let addKind = Phrase(en: "What to add.",
                        fr: "Ce qu'il faut ajouter.")
    let addID = Phrase(en: "The id (default: made from the title or name).",
                        fr: "L'identifiant (par défaut : tiré de l'intitulé ou du nom).")
    let conflictsDiscussion = Phrase(en: """
            When two replicas set the same field without having seen each other's change, the later \
            clock wins and the other value is listed here; a change that could not apply (an edit of \
            an item deleted elsewhere, an id created twice) is listed too. Every replica lists the same \
            conflicts, under the same short ids. 'take ID' makes the lost value current again, 'dismiss ID' \
            keeps what is there; both are ordinary changes, shared by the next sync, that take the conflict \
            off every list.
            """, fr: """
            Quand deux répliques modifient le même champ sans avoir vu la modification de l'autre, l'horloge \
            la plus récente l'emporte et l'autre valeur est listée ici ; une modification qui n'a pas pu \
            s'appliquer (un élément modifié ici mais supprimé ailleurs, un identifiant créé deux fois) aussi. \
            Chaque réplique liste les mêmes conflits, sous les mêmes identifiants courts. « take ID » rend la \
            valeur perdue actuelle, « dismiss ID » garde l'existant ; ce sont des modifications ordinaires, \
            partagées à la synchro suivante.
            """)
    let conflictsAbstract = Phrase(en: "List what merging replicas overwrote or left out; take a value back or dismiss it.",
                        fr: "Lister ce que la fusion des répliques a écrasé ou écarté ; reprendre une valeur ou l'écarter.")
    let conflictsListAbstract = Phrase(en: "List the conflicts, oldest first (exit 0; 1 when there are none).",
                        fr: "Lister les conflits, du plus ancien au plus récent (code 0 ; 1 s'il n'y en a aucun).")
    let conflictsJSON = Phrase(en: "A JSON array (empty when there are none).",
                        fr: "Un tableau JSON (vide s'il n'y en a aucun).")
    let conflictsTakeAbstract = Phrase(en: "Make what a conflict lost current again (a new change).",
                        fr: "Rendre de nouveau actuel ce qu'un conflit a perdu (une nouvelle modification).")
    let conflictNumber = Phrase(en: "The conflict's short id, as 'accord conflicts' lists it (the same on every replica).",
                        fr: "L'identifiant court du conflit, tel que « accord conflicts » le liste (le même sur chaque réplique).")
    let conflictsDismissAbstract = Phrase(en: "Keep the current value and take a conflict off the list.",
                        fr: "Garder la valeur actuelle et retirer un conflit de la liste.")
    let deleteAbstract = Phrase(en: "Delete an item, with the commitments and actions it holds (undoable).",
                        fr: "Supprimer un élément, avec ses engagements et actions (annulable).")
    let itemID = Phrase(en: "The id of the item (any case), or a partner's short name.",
                        fr: "L'identifiant de l'élément (casse indifférente), ou le sigle d'un partenaire.")
    let deleteYes = Phrase(en: "Do not ask for confirmation.",
                        fr: "Ne pas demander de confirmation.")
    let editAbstract = Phrase(en: "Change fields of an item: accord edit ID --title 'New title' --due 2027-01-31.",
                        fr: "Changer des champs d'un élément : accord edit ID --title 'Nouvel intitulé' --due 2027-01-31.")
    let editDiscussion = Phrase(en: "The fields each kind has are listed in 'accord add --help'. An empty value clears an optional field.",
                        fr: "Les champs de chaque type sont listés par « accord add --help ». Une valeur vide efface un champ facultatif.")
    let fieldName = Phrase(en: "Partner: the full name.",
                        fr: "Partenaire : le nom complet.")
    let fieldShortName = Phrase(en: "Partner: a short name or acronym.",
                        fr: "Partenaire : un nom court ou un sigle.")
    let fieldPlace = Phrase(en: "Partner: the city or region.",
                        fr: "Partenaire : la ville ou la région.")
    let fieldDescription = Phrase(en: "Partner or commitment: a description.",
                        fr: "Partenaire ou engagement : une description.")
    let fieldTitle = Phrase(en: "Agreement, commitment or action: the title.",
                        fr: "Convention, engagement ou action : l'intitulé.")
    let fieldSignatories = Phrase(en: "Agreement: two or more partners (ids or short names), comma-separated.",
                        fr: "Convention : deux partenaires ou plus (identifiants ou sigles), séparés par des virgules.")
    let fieldAssociates = Phrase(en: "Agreement: associated partners, comma-separated.",
                        fr: "Convention : les partenaires associés, séparés par des virgules.")
    let fieldSigned = Phrase(en: "Agreement: the day it was signed (YYYY-MM-DD).",
                        fr: "Convention : le jour de sa signature (AAAA-MM-JJ).")
    let fieldTerm = Phrase(en: "Agreement: the term in years (empty: open-ended).",
                        fr: "Convention : la durée en années (vide : sans fin).")
    let fieldStatus = Phrase(en: "Agreement: planned, active, renewed or ended.",
                        fr: "Convention : planned, active, renewed ou ended.")
    let fieldSummary = Phrase(en: "Agreement: a summary.",
                        fr: "Convention : un résumé.")
    let fieldSource = Phrase(en: "Agreement: where it is described (article, URL).",
                        fr: "Convention : où elle est décrite (article, URL).")
    let fieldAgreement = Phrase(en: "Commitment: the agreement it belongs to.",
                        fr: "Engagement : la convention dont il relève.")
    let fieldCategory = Phrase(en: "Commitment: the category id (see 'accord list categories').",
                        fr: "Engagement : l'identifiant de sa catégorie (voir « accord list categories »).")
    let fieldOwner = Phrase(en: "Commitment: the partner in charge.",
                        fr: "Engagement : le partenaire qui le pilote.")
    let fieldCommitment = Phrase(en: "Action: the commitment it belongs to.",
                        fr: "Action : l'engagement dont elle relève.")
    let fieldDue = Phrase(en: "Commitment or action: the due day (YYYY-MM-DD; empty: none).",
                        fr: "Engagement ou action : l'échéance (AAAA-MM-JJ ; vide : aucune).")
    let fieldDone = Phrase(en: "Action: the day it was done (YYYY-MM-DD, 'today'; empty: open).",
                        fr: "Action : le jour où elle a été faite (AAAA-MM-JJ, « aujourd'hui » ; vide : à faire).")
    let fieldNote = Phrase(en: "Action: the note.",
                        fr: "Action : la note.")
    let fieldNotice = Phrase(en: "Agreement: months of notice before the end of a term ('' for none).",
                        fr: "Convention : mois de préavis avant la fin d'une durée ('' pour aucun).")
    let fieldRenewal = Phrase(en: "Agreement: years of each tacit renewal ('' when it ends with its term).",
                        fr: "Convention : années de chaque reconduction tacite ('' si elle finit avec sa durée).")
    let fieldRepeat = Phrase(en: "Commitment or action: how it recurs ('every year', 'every 6 months', 'every year in June'; '' for once).",
                        fr: "Engagement ou action : sa périodicité (« chaque année », « tous les 6 mois », « chaque année en juin » ; '' pour une fois).")
    let fieldLink = Phrase(en: "A link, 'label <URL or file>' (repeat for several; replaces the links; '' for none).",
                        fr: "Un lien, « libellé <URL ou fichier> » (à répéter ; remplace les liens ; '' pour aucun).")
    let generateAbstract = Phrase(en: "Write generated agreements (about 10 actions each) in the import format, for benchmarks and tests.",
                        fr: "Écrire des conventions générées (une dizaine d'actions chacune) au format d'import, pour les mesures et les tests.")
    let generateAgreements = Phrase(en: "How many agreements (10,000 gives about 100,000 actions; at most 10,000,000).",
                        fr: "Combien de conventions (10 000 donnent environ 100 000 actions ; 10 000 000 au plus).")
    let generateSeed = Phrase(en: "The seed: the same seed gives the same data.",
                        fr: "La graine : la même graine donne les mêmes données.")
    let generateOutput = Phrase(en: "Where to write (default: standard output).",
                        fr: "Où écrire (par défaut : la sortie standard).")
    let yamlOrJSON = Phrase(en: "yaml or json.",
                        fr: "yaml ou json.")
    let importAbstract = Phrase(en: "Import partners and agreements from a YAML or JSON file (docs/FORMAT.md).",
                        fr: "Importer des partenaires et des conventions d'un fichier YAML ou JSON (docs/FORMAT.md).")
    let importFile = Phrase(en: "The file to import; '-' reads standard input.",
                        fr: "Le fichier à importer ; '-' lit l'entrée standard.")
    let exportAbstract = Phrase(en: "Print everything in the import format (YAML or JSON), or the deadlines as a calendar (ics).",
                        fr: "Écrire toutes les données au format d'import (YAML ou JSON), ou les échéances en calendrier (ics).")
    let exportFormat = Phrase(en: "yaml or json (the import format), or ics (an iCalendar file of the deadlines).",
                        fr: "yaml ou json (le format d'import), ou ics (un calendrier iCalendar des échéances).")
    let exportAgreement = Phrase(en: "With --format ics: only the deadlines of this agreement, or of every agreement of this partner (id in any case, or short name).",
                        fr: "Avec --format ics : seulement les échéances de cette convention, ou de toutes les conventions de ce partenaire (id en toute casse, ou sigle).")
    let dueAbstract = Phrase(en: "List what falls due: overdue actions, the coming ones, notice dates and ends.",
                        fr: "Lister ce qui arrive à échéance : actions en retard, à venir, préavis et fins.")
    let dueDiscussion = Phrase(en: "Exit status: 0 when something falls due (listed), 1 when nothing does (nothing printed), 2 on an error. A notice date is listed from 30 days before it, an end from 90 days before it, whatever --within says. For cron: 0 8 * * 1-5 accord due --within 14d",
                        fr: "Code de sortie : 0 si quelque chose arrive à échéance (listé), 1 sinon (rien n'est écrit), 2 en cas d'erreur. Un préavis est listé dès 30 jours avant, une fin dès 90 jours avant, quoi que dise --within. Pour cron : 0 8 * * 1-5 accord due --within 14d")
    let dueWithin = Phrase(en: "How far ahead: days as '30d', weeks '2w', months '3m' (default 30d).",
                        fr: "Jusqu'où regarder : jours « 30d », semaines « 2w », mois « 3m » (30d par défaut).")
    let renewAbstract = Phrase(en: "Renew an agreement: a new term from the end of the current one (one change, undoable).",
                        fr: "Renouveler une convention : une nouvelle durée à partir de la fin de l'actuelle (une modification, annulable).")
    let renewYears = Phrase(en: "Years of the new term (default: the renewal's, else the same term).",
                        fr: "Années de la nouvelle durée (par défaut : celle de la reconduction, sinon la même).")
    let openAbstract = Phrase(en: "Open an item's link (its signed PDF, a press release) with xdg-open.",
                        fr: "Ouvrir un lien d'un élément (la convention signée, un communiqué) avec xdg-open.")
    let openWhich = Phrase(en: "Which link, from 1 (when the item has several).",
                        fr: "Quel lien, à partir de 1 (quand l'élément en a plusieurs).")
    let agreementIDArgument = Phrase(en: "The id of an agreement.", fr: "L'identifiant d'une convention.")
    let globalHyperlinks = Phrase(en: "Clickable links in the output: auto (a terminal that shows them; not in tmux or on the Linux console), always, never.",
                        fr: "Liens cliquables dans la sortie : auto (un terminal qui les montre ; pas dans tmux ni la console Linux), always, never.")
    let journalAbstract = Phrase(en: "Check, read, repair or compact the journal; rebuild the snapshots.",
                        fr: "Vérifier, lire, réparer ou compacter le journal ; refaire les instantanés.")
    let journalRebuildAbstract = Phrase(en: "Write the cache (local/snapshot.sqlite) anew from every journal's start (alias: compact).",
                        fr: "Réécrire le cache (local/snapshot.sqlite) à partir du début de chaque journal (alias : compact).")
    let journalVerifyAbstract = Phrase(en: "Check every record and the snapshots; exit 0 when clean, 1 with a report.",
                        fr: "Vérifier chaque enregistrement et les instantanés ; code 0 si tout est sain, 1 avec un compte rendu.")
    let journalLogAbstract = Phrase(en: "Show the latest changes, undos and redos, newest first.",
                        fr: "Montrer les dernières modifications, annulations et rétablissements, du plus récent au plus ancien.")
    let journalLogLimit = Phrase(en: "How many records to show.",
                        fr: "Combien d'enregistrements montrer.")
    let journalRepairAbstract = Phrase(en: "Move damaged records to quarantine (after a backup) and make the data writable again.",
                        fr: "Mettre en quarantaine les enregistrements abîmés (après une sauvegarde) et rendre les données de nouveau modifiables.")
    let listAbstract = Phrase(en: "List partners, agreements, commitments, actions or categories.",
                        fr: "Lister les partenaires, conventions, engagements, actions ou catégories.")
    let listKind = Phrase(en: "What to list.",
                        fr: "Ce qu'il faut lister.")
    let listAgreement = Phrase(en: "Only the items of this agreement, or of every agreement of this partner (id in any case, or short name).",
                        fr: "Seulement les éléments de cette convention, ou de toutes les conventions de ce partenaire (identifiant en toute casse, ou sigle).")
    let printJSON = Phrase(en: "Print JSON (see docs/FORMAT.md).",
                        fr: "Écrire du JSON (voir docs/FORMAT.md).")
    let listWide = Phrase(en: "Never clip a title to the terminal's width.",
                        fr: "Ne jamais couper un intitulé à la largeur du terminal.")
    let noteAbstract = Phrase(en: "Set the note of an action (the description or summary of other items).",
                        fr: "Écrire la note d'une action (la description ou le résumé des autres éléments).")
    let noteText = Phrase(en: "The text; '-' reads it from standard input; '' clears the note.",
                        fr: "Le texte ; '-' le lit sur l'entrée standard ; '' efface la note.")
    let replicaAbstract = Phrase(en: "Show this replica and the others; name this one ('accord replica name \"Bureau des partenariats UPEC\"').",
                        fr: "Montrer cette réplique et les autres ; nommer celle-ci (« accord replica name \"Bureau des partenariats UPEC\" »).")
    let replicaShowAbstract = Phrase(en: "This replica's id and name, and every replica read, with its last record.",
                        fr: "L'identifiant et le nom de cette réplique, et chaque réplique lue, avec son dernier enregistrement.")
    let replicaNameAbstract = Phrase(en: "Name this replica: the journal log, last changes and conflicts say it.",
                        fr: "Nommer cette réplique : le journal, les dernières modifications et les conflits le disent.")
    let replicaName = Phrase(en: "The name, e.g. \"Bureau des partenariats UPEC\" (one line, at most 80 characters).",
                        fr: "Le nom, par exemple \"Bureau des partenariats UPEC\" (une ligne, 80 caractères au plus).")
    let reportDiscussion = Phrase(en: """
            The format defaults to the --output file's extension (.md, .csv, .json, .html), else
            Markdown (CSV with --excel or --csv-separator).
            For a French spreadsheet: --excel (cells separated by ';', and a byte-order mark so that
            Excel reads the accents), or --csv-separator ';' alone.
            """, fr: """
            Le format suit par défaut l'extension du fichier --output (.md, .csv, .json, .html), sinon
            Markdown (CSV avec --excel ou --csv-separator). Les rapports suivent la langue (--lang) ;
            le JSON garde ses clés et valeurs anglaises.
            Pour un tableur français : --excel (cellules séparées par ';' et une marque d'ordre des octets
            pour qu'Excel lise les accents), ou --csv-separator ';' seul.
            """)
    let reportAbstract = Phrase(en: "A report for a review board: partners, dates, progress per category, actions, overdue items.",
                        fr: "Un rapport pour un comité de suivi : partenaires, dates, avancement par catégorie, actions, retards.")
    let reportFormat = Phrase(en: "markdown, csv, json or html.",
                        fr: "markdown, csv, json ou html.")
    let reportAgreement = Phrase(en: "Only this agreement, or the agreements of this partner (id in any case, or short name).",
                        fr: "Seulement cette convention, ou les conventions de ce partenaire (identifiant en toute casse, ou sigle).")
    let reportOutput = Phrase(en: "Write to this file instead of standard output.",
                        fr: "Écrire dans ce fichier au lieu de la sortie standard.")
    let reportSeparator = Phrase(en: "CSV: the cell separator: ',' (default), ';', '|' or 'tab'.",
                        fr: "CSV : le séparateur de cellules : ',' (par défaut), ';', '|' ou 'tab'.")
    let reportExcel = Phrase(en: "CSV for Excel and French spreadsheets: ';' between cells and a UTF-8 byte-order mark.",
                        fr: "CSV pour Excel et les tableurs français : ';' entre les cellules et une marque d'ordre des octets UTF-8.")
    let searchDiscussion = Phrase(en: """
            Words are ANDed and match the start of words ("incub" finds "incubateur"). "Quoted phrases" match \
            in order. Filters: category:ID-or-name, partner:ID-or-name, status:done|open, due:overdue. \
            Exits 1 when nothing matches.
            """, fr: """
            Les mots doivent tous figurer et correspondent au début des mots (« incub » trouve « incubateur »). Les \
            « phrases entre guillemets » correspondent dans l'ordre. Filtres : category:ID-ou-nom, partner:ID-ou-nom, \
            status:done|open, due:overdue. Code 1 quand rien ne correspond.
            """)
    let searchAbstract = Phrase(en: "Search every text field, accents and case ignored; print ranked hits.",
                        fr: "Chercher dans tous les textes, sans tenir compte des accents ni de la casse ; écrire les résultats classés.")
    let searchWords = Phrase(en: "What to look for.",
                        fr: "Ce qu'il faut chercher.")
    let searchLimit = Phrase(en: "At most this many hits.",
                        fr: "Au plus ce nombre de résultats.")
    let showAbstract = Phrase(en: "Show one partner, agreement, commitment or action in full.",
                        fr: "Montrer en entier un partenaire, une convention, un engagement ou une action.")
    let syncDiscussion = Phrase(en: """
            The data directory is a git repository holding every replica's journal (journal/*.log; \
            local/ is never shared). --init URL sets it up: with an empty repository at URL this \
            directory's data starts the shared set; with one holding data, this replica joins it. \
            What the others sent is checked file by file before it is taken: only new journal files \
            and records appended to them; anything else is refused and named on stderr. Exit 0 when \
            synced, 1 when it could not be (nothing is lost: run it again).
            """, fr: """
            Le dossier de données est un dépôt git qui contient le journal de chaque réplique (journal/*.log ; \
            local/ n'est jamais partagé). --init URL le met en place : avec un dépôt vide à l'URL, les \
            données de ce dossier démarrent l'ensemble partagé ; avec un dépôt qui en contient, cette réplique \
            le rejoint. Ce que les autres ont envoyé est vérifié fichier par fichier avant d'être pris : \
            seulement de nouveaux journaux et des enregistrements ajoutés à la fin ; tout le reste est refusé \
            et nommé sur la sortie d'erreur. Code 0 une fois synchronisé, 1 sinon (rien n'est perdu : relancez).
            """)
    let openYes = Phrase(en: "Open a link that is not a web or mail link without asking.",
                         fr: "Ouvrir sans demander un lien qui n'est pas un lien web ou mail.")
    let syncAbstract = Phrase(en: "Share changes through git: commit this replica's, fetch and check the others', take what is theirs, push.",
                        fr: "Partager les modifications par git : valider celles de cette réplique, récupérer et vérifier celles des autres, prendre ce qui est à eux, pousser.")
    let syncInit = Phrase(en: "Share through the git repository at URL (set up once).",
                        fr: "Partager par le dépôt git à l'URL (une seule fois).")
    let themesAbstract = Phrase(en: "List the colour themes with a one-line preview (the one chosen by $ACCORD_THEME or config.yaml is marked *).",
                        fr: "Lister les thèmes de couleurs avec un aperçu d'une ligne (celui choisi par $ACCORD_THEME ou config.yaml est marqué *).")
    let tickAbstract = Phrase(en: "Mark actions done (today, or --on a day): several ids are one change, one undo.",
                        fr: "Marquer des actions comme faites (aujourd'hui, ou --on un jour) : plusieurs ids font une modification, une annulation.")
    let actionID = Phrase(en: "The id of the action.",
                        fr: "L'identifiant de l'action.")
    let actionIDs = Phrase(en: "The ids of the actions.",
                        fr: "Les identifiants des actions.")
    let tickOn = Phrase(en: "The day they were done: 31/12/2026, 2026-12-31, yesterday, -3d, friday … (not after today).",
                        fr: "Le jour où elles ont été faites : 31/12/2026, 2026-12-31, hier, -3j, vendredi … (pas après aujourd'hui).")
    let untickYes = Phrase(en: "Do not ask when the action was done on another day (that date is forgotten).",
                        fr: "Ne pas demander quand l'action a été faite un autre jour (cette date est oubliée).")
    let untickAbstract = Phrase(en: "Mark a done action open again.",
                        fr: "Remettre à faire une action faite.")
    let undoAbstract = Phrase(en: "Undo the last change (also one made in an earlier run).",
                        fr: "Annuler la dernière modification (même faite lors d'un lancement précédent).")
    let undoYes = Phrase(en: "Do not ask, even when the undo removes many items.",
                        fr: "Ne pas demander, même si l'annulation retire beaucoup d'éléments.")
    let redoAbstract = Phrase(en: "Redo the last undone change.",
                        fr: "Rétablir la dernière modification annulée.")
    let redoYes = Phrase(en: "Do not ask, even when the redo removes many items.",
                        fr: "Ne pas demander, même si le rétablissement retire beaucoup d'éléments.")
    let watchDiscussion = Phrase(en: """
            A line is 'RECORD  WHEN  WHAT' ('42  2026-11-30 14:05  Ticked 'Diffuser les offres…''), \
            with '— by NAME' for another replica's. With --json, one JSON object a line: replica, \
            seq (its number in that replica), at (UTC), kind (change, undo or redo), label, \
            description and items (the ids it touched).
            """, fr: """
            Une ligne est 'NUMÉRO  QUAND  QUOI' ('42  2026-11-30 14:05  Coché « Diffuser les offres… »'), \
            avec « — par NOM » pour celles d'une autre réplique. Avec --json, un objet JSON par ligne : replica, \
            seq (son numéro dans cette réplique), at (UTC), kind (change, undo ou redo), label, \
            description et items (les identifiants touchés).
            """)
    let watchAbstract = Phrase(en: "Print each change as it is saved (by any Accord on this data), one line each; Ctrl-C to stop.",
                        fr: "Écrire chaque modification dès qu'elle est enregistrée (par tout Accord sur ces données), une ligne chacune ; Ctrl-C pour arrêter.")
    let watchJSON = Phrase(en: "One JSON object per line.",
                        fr: "Un objet JSON par ligne.")
    let watchCount = Phrase(en: "Stop after this many changes.",
                        fr: "S'arrêter après ce nombre de modifications.")
    let globalEmpty = Phrase(en: "On a first run, start with no data instead of the sample agreements.",
                        fr: "Au premier lancement, partir sans données au lieu des conventions d'exemple.")
    let partnerKinds = Phrase(en: "Partner: {kinds}.", fr: "Partenaire : {kinds}.")
    let globalLanguage = Phrase(en: "fr or en (default: language: in config.yaml, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG).",
                                fr: "fr ou en (par défaut : language: de config.yaml, sinon LANGUAGE, LC_ALL, LC_MESSAGES, LANG).")
    let globalData = Phrase(en: "The data directory (default: $ACCORD_DATA, else $XDG_DATA_HOME/accord, else ~/.local/share/accord).",
                            fr: "Le dossier de données (par défaut : $ACCORD_DATA, sinon $XDG_DATA_HOME/accord, sinon ~/.local/share/accord).")
}
