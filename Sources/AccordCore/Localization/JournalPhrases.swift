/// What opening, following and repairing the journals say: notices, read-only reasons,
/// why a change was not saved.
public final class JournalPhrases: Sendable {
    // Notices when the data opens or another replica's journal is read.
    public let holdsNewer = Phrase(en: "journal/{replica}.log holds a record {newer}; nothing after it is shown, and this Accord is read-only. Use that version of Accord.",
                                   fr: "journal/{replica}.log contient un enregistrement {newer} ; rien de ce qui suit n'est montré, et cet Accord est en lecture seule. Utilisez cette version d'Accord.")
    public let damaged = Phrase(en: "journal/{replica}.log is damaged: {damage}. The good records were loaded; the data is read-only until 'accord journal repair'.",
                                fr: "journal/{replica}.log est abîmé : {damage}. Les enregistrements sains sont chargés ; les données sont en lecture seule jusqu'à « accord journal repair ».")
    public let tornLeft = Phrase(en: "journal/{replica}.log ends with an incomplete record ({n} bytes); left as it is because this session is read-only.",
                                 fr: "journal/{replica}.log finit par un enregistrement incomplet ({n} octets) ; laissé tel quel car cette session est en lecture seule.")
    public let tornRecovered = Phrase(en: "Recovered from an interrupted write: the last {n} bytes of journal/{replica}.log (line {line}: {problem}) were moved to {target}; every complete record was loaded.",
                                      fr: "Reprise après une écriture interrompue : les {n} derniers octets de journal/{replica}.log (ligne {line} : {problem}) sont déplacés dans {target} ; tous les enregistrements complets sont chargés.")
    public let tornStuck = Phrase(en: "journal/{replica}.log ends with an incomplete record, and it could not be moved to quarantine ({error}); opened read-only, nothing was changed.",
                                  fr: "journal/{replica}.log finit par un enregistrement incomplet qui n'a pas pu être mis en quarantaine ({error}) ; ouvert en lecture seule, rien n'a changé.")
    public let segmentGap = Phrase(en: "journal/{name} is damaged or has a gap at line {line}; this replica's records from there on are read from its other files only.",
                                   fr: "journal/{name} est abîmé ou a un trou ligne {line} ; les enregistrements de cette réplique à partir de là ne sont lus que dans ses autres fichiers.")
    public let readInPlaceUnreadable = Phrase(en: "local/snapshot.sqlite could not be read ({problem}); the journals were read instead, and it is written again from them.",
                                              fr: "local/snapshot.sqlite n'a pas pu être lu ({problem}) ; les journaux ont été lus à la place, et il est réécrit à partir d'eux.")
    public let readInPlaceVersion = Phrase(en: "table layout {found}, this Accord reads {expected}", fr: "disposition des tables {found}, cet Accord lit la {expected}")
    public let readInPlaceMissing = Phrase(en: "no {what} row", fr: "pas de ligne {what}")
    public let readInPlaceMismatch = Phrase(en: "the row of {id} does not hold what its columns say", fr: "la ligne de {id} ne contient pas ce que disent ses colonnes")
    public let migratedAll = Phrase(en: "its {n} record(s), history and undo included", fr: "ses {n} enregistrement(s), historique et annulation compris")
    public let migratedOne = Phrase(en: "one change holding everything it held ({n} damaged line(s) left behind)",
                                    fr: "une modification qui contient tout ce qu'il contenait ({n} ligne(s) abîmée(s) laissée(s) de côté)")
    public let migrated = Phrase(en: "This data directory was migrated to one journal per replica: journal/{replica}.log holds {how}; the old files are kept as they were in local/before-team/.",
                                 fr: "Ce dossier de données est passé à un journal par réplique : journal/{replica}.log contient {how} ; les anciens fichiers sont gardés tels quels dans local/before-team/.")
    public let legacyReadOnly = Phrase(en: "This data directory has a single journal.log (from an older Accord); it is shown read-only, and will move to one journal per replica the first time it is opened to write.",
                                       fr: "Ce dossier de données a un seul journal.log (d'un Accord plus ancien) ; il est montré en lecture seule, et passera à un journal par réplique la première fois qu'il sera ouvert en écriture.")
    public let peerDamaged = Phrase(en: "journal/{name} is damaged at the line after byte {offset} ({problem}); its records from there on are left out until it is mended where it was written.",
                                    fr: "journal/{name} est abîmé à la ligne après l'octet {offset} ({problem}) ; ses enregistrements à partir de là sont écartés jusqu'à ce qu'il soit réparé là où il a été écrit.")
    public let peerNewer = Phrase(en: "journal/{name} holds a record {newer}; it and those after it are left out: use that version of Accord.",
                                  fr: "journal/{name} contient un enregistrement {newer} ; lui et les suivants sont écartés : utilisez cette version d'Accord.")
    public let peerNotRead = Phrase(en: "journal/{name} is not read: {reason}.",
                                    fr: "journal/{name} n'est pas lu : {reason}.")
    public let peerTooLarge = Phrase(en: "journal/{name} is {size} bytes, past the bound of {bound}: only its first {bound} bytes are read.",
                                     fr: "journal/{name} fait {size} octets, au-delà de la limite de {bound} : seuls ses {bound} premiers octets sont lus.")
    public let peerForeign = Phrase(en: "journal/{name} holds records that say they were written by replica {replica}, not by the replica it is named after; they are left out.",
                                    fr: "journal/{name} contient des enregistrements qui se disent écrits par la réplique {replica}, et non par celle dont il porte le nom ; ils sont écartés.")
    public let peerTwoVersions = Phrase(en: "record {record} exists in two versions (one in journal/{name}); the one its replica's own journal holds is used.",
                                        fr: "l'enregistrement {record} existe en deux versions (l'une dans journal/{name}) ; celle du journal de sa réplique est utilisée.")
    public let peerWaiting = Phrase(en: "{n} record(s) of replica {replica} wait for its record {missing}, which has not arrived; they are applied once it does.",
                                    fr: "{n} enregistrement(s) de la réplique {replica} attendent son enregistrement {missing}, qui n'est pas arrivé ; ils seront appliqués à son arrivée.")
    public let peerSetAside = Phrase(en: "record {record} (in journal/{name}) is set aside: {reason}. It is not applied, and stays in its file; 'accord journal verify' names it.",
                                     fr: "l'enregistrement {record} (dans journal/{name}) est mis de côté : {reason}. Il n'est pas appliqué, et reste dans son fichier ; « accord journal verify » le nomme.")
    public let setAsideBadSignature = Phrase(en: "its signature does not check with its replica's key (changed after it was signed, or forged)",
                                             fr: "sa signature ne correspond pas à la clé de sa réplique (modifié après signature, ou contrefait)")
    public let setAsideNotItsKey = Phrase(en: "it is signed with a key its replica never introduced (written in its name by someone else)",
                                          fr: "il est signé d'une clé que sa réplique n'a jamais présentée (écrit en son nom par quelqu'un d'autre)")
    public let setAsideUnsigned = Phrase(en: "it is not signed, and its replica signs its records since an earlier one (written in its name by someone else)",
                                         fr: "il n'est pas signé, alors que sa réplique signe ses enregistrements depuis un précédent (écrit en son nom par quelqu'un d'autre)")
    public let setAsideNumberedTwice = Phrase(en: "its replica signed two different records with this number (a journal restored from a backup, or its key used elsewhere); neither is applied, nor any record of that replica after them",
                                              fr: "sa réplique a signé deux enregistrements différents de ce numéro (un journal restauré d'une sauvegarde, ou sa clé utilisée ailleurs) ; aucun des deux n'est appliqué, ni aucun enregistrement suivant de cette réplique")
    public let setAsideAfterNumberedTwice = Phrase(en: "its replica signed two different records with an earlier number; its records from there on are held aside",
                                                   fr: "sa réplique a signé deux enregistrements différents d'un numéro antérieur ; ses enregistrements à partir de là sont mis de côté")
    public let peerUnvouched = Phrase(en: "{n} unsigned record(s) of replica {replica} from its record {first} wait: no signed record has seen them (written by an older Accord? they are applied once it is upgraded).",
                                      fr: "{n} enregistrement(s) non signé(s) de la réplique {replica} à partir de son enregistrement {first} attendent : aucun enregistrement signé ne les a vus (écrits par un Accord plus ancien ? ils seront appliqués après sa mise à jour).")
    public let ownRestored = Phrase(en: "journal/{name}, this replica's own, had been removed from the shared folder; it was put back from local/own/ (nothing lost), and the next sync sends it again.",
                                    fr: "journal/{name}, propre à cette réplique, avait été supprimé du dossier partagé ; il a été remis depuis local/own/ (rien de perdu), et la prochaine synchronisation le renverra.")
    public let ownReplaced = Phrase(en: "journal/{name}, this replica's own, had been replaced by another file; this replica's was put back from local/own/ (nothing lost), and the other is kept in {target}.",
                                    fr: "journal/{name}, propre à cette réplique, avait été remplacé par un autre fichier ; celui de cette réplique a été remis depuis local/own/ (rien de perdu), et l'autre est gardé dans {target}.")
    public let ownShrunk = Phrase(en: "journal/{name} was cut short by another program ({size} bytes, {read} were read); nothing more is written to it. Run 'accord journal verify'.",
                                  fr: "journal/{name} a été raccourci par un autre programme ({size} octets, {read} avaient été lus) ; plus rien n'y est écrit. Lancez « accord journal verify ».")
    public let ownGone = Phrase(en: "journal/{name}, which this process writes, was removed or replaced by another program and no copy of it was kept; nothing more is written to it",
                                fr: "journal/{name}, que ce processus écrit, a été supprimé ou remplacé par un autre programme et aucune copie n'en était gardée ; plus rien n'y est écrit")
    public let cachesGaveWay = Phrase(en: "The disk is nearly full: the snapshots in local/ were removed to make room for the change (they are written again from the journals when there is room).",
                                      fr: "Le disque est presque plein : les instantanés de local/ ont été supprimés pour laisser la place à la modification (ils seront réécrits à partir des journaux quand il y aura de la place).")
    public let recordTooLarge = Phrase(en: "the change would be a record of {bytes} bytes, past the {bound} a record may hold (every replica would read it as damage); nothing was saved: import in several parts.",
                                       fr: "la modification ferait un enregistrement de {bytes} octets, au-delà des {bound} qu'un enregistrement peut contenir (toutes les répliques le liraient comme un dommage) ; rien n'a été enregistré : importez en plusieurs parties.")

    public let notThisReplicasKey = Phrase(en: "local/signing-key holds another key ({held}) than the one this replica's records introduced ({introduced}): the team would set aside what it writes, so nothing was saved. Move local/replica aside: the next start continues as a new replica, with a new key (nothing is lost).",
                                           fr: "local/signing-key contient une autre clé ({held}) que celle que les enregistrements de cette réplique ont présentée ({introduced}) : l'équipe mettrait de côté ce qu'elle écrit, donc rien n'a été enregistré. Déplacez local/replica : au prochain démarrage, elle continue comme une nouvelle réplique, avec une nouvelle clé (rien n'est perdu).")

    public let carriedOver = Phrase(en: "Carried over from journal.log", fr: "Repris de journal.log")
    public let lostToDamage = Phrase(en: "Record {seq} lost to damage (kept in local/quarantine)",
                                     fr: "Enregistrement {seq} perdu par dommage (gardé dans local/quarantine)")

    // Why a change was not saved (JournalError).
    public let changeNotSaved = Phrase(en: "the change was not saved: {why}", fr: "la modification n'a pas été enregistrée : {why}")
    public let nothingSavedReadOnly = Phrase(en: "nothing was saved: {reason}.", fr: "rien n'a été enregistré : {reason}.")
    public let appendFailed = Phrase(en: "{reason} ({operation} {path}); Accord is read-only until restarted.",
                                     fr: "{reason} ({operation} {path}) ; Accord est en lecture seule jusqu'à son redémarrage.")
    public let snapshotCannotBeRead = Phrase(en: "the snapshot {path} cannot be read ({problem}); it was left untouched.",
                                             fr: "l'instantané {path} ne peut pas être lu ({problem}) ; il est laissé intact.")
    public let notDamaged = Phrase(en: "the journal has no damage to repair.", fr: "le journal n'a aucun dommage à réparer.")
    public let busy = Phrase(en: "{holder} kept the data locked for {seconds} seconds; nothing was saved. Try again.",
                             fr: "{holder} a gardé les données verrouillées {seconds} secondes ; rien n'a été enregistré. Réessayez.")
    public let accordProcess = Phrase(en: "process {pid} (another Accord)", fr: "le processus {pid} (un autre Accord)")
    public let otherProcess = Phrase(en: "process {pid} ({command}, not an Accord)", fr: "le processus {pid} ({command}, pas un Accord)")
    public let anotherProcess = Phrase(en: "another process", fr: "un autre processus")
    public let historyNotLoaded = Phrase(en: "the data was opened without its undo history; a snapshot written now would lose it, so none was written.",
                                         fr: "les données ont été ouvertes sans leur historique d'annulation ; un instantané écrit maintenant le perdrait, aucun n'a donc été écrit.")

    // Why the data is read-only (ReadOnlyReason), in full.
    public let reasonDamaged = Phrase(en: "{file} is damaged at line {line} ({problem}); run 'accord journal repair'",
                                      fr: "{file} est abîmé ligne {line} ({problem}) ; lancez « accord journal repair »")
    public let reasonWriteFailed = Phrase(en: "an earlier write failed ({error}); restart Accord once the problem is fixed",
                                          fr: "une écriture précédente a échoué ({error}) ; relancez Accord une fois le problème réglé")
    public let reasonCannotOpen = Phrase(en: "the journal cannot be opened for writing ({error})", fr: "le journal ne peut pas être ouvert en écriture ({error})")
    public let reasonNewer = Phrase(en: "the data was written by a newer Accord ({what}); use that version to change it",
                                    fr: "les données ont été écrites par un Accord plus récent ({what}) ; utilisez cette version pour les modifier")
}
