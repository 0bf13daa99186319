import AccordCore
import Foundation

/// Everything that reaches the dashboard's `update`: keys, the terminal, the clock, the
/// store, and the results of effects.
public enum Message: Sendable, Equatable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// The day changed (midnight passed): overdue and expiry are judged on the new one.
    case dayChanged(Day)
    /// Records the store committed that this dashboard did not ask for — what one look at
    /// the other Accords' writes found, oldest first — with what they changed; `update` is
    /// given the state after them (one update, one re-sort, one search for the batch).
    case recordsCommitted([CommittedRecord])
    /// A `.commit` effect ended: the records it committed (what others wrote just before, then
    /// its own), what the store saved or why it saved nothing; and whether the data can still
    /// be written (a failed write turns it read-only). One message for one commit.
    case commitFinished(Commit, Result<Change, CommitFailure>, records: [CommittedRecord] = [], readOnlyReason: ReadOnlyReason?)
    /// What the overview says of the team changed: conflicts, names, the last sync.
    case teamChanged(TeamInfo)
    /// What the next undo (or redo) would do: its change's label and the items it removes;
    /// nil when there is nothing to undo (redo).
    /// `warning` when it would set back a field another replica changed since.
    case undoChecked(RecordKind, label: String?, removes: ItemCounts, warning: String? = nil)
    /// The data was read again from disk (another Accord compacted or repaired it in a way
    /// that could not be followed record by record): everything derived from it is rebuilt.
    case dataReread(recent: [RecentChange], readOnlyReason: ReadOnlyReason?)
    /// Reading what other Accords wrote failed (the journal could not be read).
    case followFailed(String)
    /// Whether the data can be written changed while following others (damage they left).
    case readOnlyChanged(ReadOnlyReason?)
    /// The hits of a `.search` effect.
    case searchFinished(SearchQuery, [SearchHit])
    /// A `.sync` effect ended: what it did, or why it could not.
    case syncFinished(Result<String, SyncFailure>)
    /// A `.cycleTheme` effect switched to `name`; `problem` when it could not be remembered.
    case themeSwitched(name: String, description: String, problem: String?)
    /// A `.rememberLanguage` effect ran; `problem` when the choice could not be remembered.
    case languageSwitched(problem: String?)
    /// An `.openLink` effect ran; `problem` when nothing could open it.
    case linkOpened(ItemLink, problem: String?)
    /// Keys that were waiting when a form or the search line closed were dropped (the rest of a
    /// paste that came as keys), never run as commands.
    case keysDropped(count: Int)
    /// Writing found something to say about the data (this replica's journal put back after the
    /// shared folder removed it, the snapshots removed to make room on a full disk).
    case journalNoticed(String)
    /// The screen shows what the cache held while the whole data is read (`behind`: the
    /// journals hold more, which the reading brings in).
    case opening(behind: Bool)
    /// The whole data is read and shown; `notices` are what reading it found.
    case opened(notices: [String])
}

/// Why a sync did not happen, in a sentence.
public struct SyncFailure: Error, Hashable, Sendable {
    public let sentence: String
    public init(_ sentence: String) { self.sentence = sentence }
}

/// Why a commit saved nothing, by cause (never by matching message text).
public enum CommitFailure: Error, Hashable, Sendable {
    /// The change does not apply (unknown id, still referenced …).
    case refused(AccordError)
    /// A form's field is wrong.
    case field(FieldError)
    /// The journal could not write it (read-only, a failed write).
    case notSaved(JournalError)

    /// Sorts an error thrown by the store.
    public init(_ error: any Error) {
        switch error {
        case let error as FieldError: self = .field(error)
        case let error as AccordError: self = .refused(error)
        case let error as JournalError: self = .notSaved(error)
        default: self = .field(FieldError(nil, "\(error)"))
        }
    }

    /// The status-bar sentence: "Not saved: …".
    public var sentence: String {
        let words = Phrases.dialog
        switch self {
        case .refused(let error): return words.notSaved(["reason": error.description])
        case .field(let error): return words.notSaved(["reason": error.description])
        case .notSaved(.readOnly(let reason)): return words.notSaved(["reason": reason.brief + "."])
        case .notSaved(.busy(let holder, let seconds)):
            let who = holder.map { $0.isAccord ? words.accordProcess(["pid": String($0.pid)]) : words.otherProcess(["pid": String($0.pid), "command": SafeText.escaped($0.command)]) }
            return words.notSavedLocked(["holder": who ?? words.anotherProcess.text, "seconds": Int(seconds.rounded())])
        case .notSaved(.appendFailed(let error)):
            return words.notSavedWrite(["reason": error.reason, "operation": error.operation, "path": error.path])
        case .notSaved(let error): return words.notSaved(["reason": error.whyNotSaved])
        }
    }
}
