import Foundation
import Testing
@testable import AccordCore
@testable import AccordTUI

/// Every message through `update` in every mode, exhaustively, as TCA's TestStore does: each
/// scenario states how the model must change and which effects are asked for; any other change
/// fails. A message from elsewhere (a record, a resize, a finished sync) can arrive in any mode,
/// so each runs in each: the mode must stay as it was (the overview is made again where the
/// message changes what it shows). Keys have a scenario per mode. A new `Message` case does not
/// compile until `MessageKind` names it and it has a scenario here; a new `Mode` case, until
/// `ModeKind` names it and says how to enter it and what its keys do.
@Suite struct MessageUpdateTests {
    @Test(arguments: MessageKind.allCases, ModeKind.allCases)
    func everyMessageChangesTheModelExactlyAsSaid(_ kind: MessageKind, in mode: ModeKind) throws {
        var d = DashboardFixture.pure()
        let words = Phrases.dialog
        if kind == .syncFinished {
            // A sync is started from the panes; it may finish in any mode.
            d.assert(.key(.character("S")), effects: [.sync]) {
                $0.isSyncing = true
                $0.message = StatusMessage(words.syncing.text, tail: words.syncingTail.text)
            }
        }
        mode.enter(&d)
        #expect(ModeKind(d.model.mode) == mode, "entering \(mode)")
        switch kind {
        case .key:
            try Self.keys(in: mode, &d)
        case .resized:
            d.assert(.resized(width: 80, height: 24), effects: [.redrawAll])
        case .dayChanged:
            let tomorrow = d.model.today.adding(days: 1)
            d.assert(.dayChanged(tomorrow), refreshingOverview: true) { $0.today = tomorrow }
        case .recordsCommitted:
            let record = try Self.tick("uo-s2", by: "nancy", in: &d)
            let totals = Totals(d.state)
            d.assert(.recordsCommitted([record]), refreshingOverview: true) {
                $0.totals = totals
                $0.recent = RecentChanges([RecentChange(record.record)])
                $0.message = StatusMessage(words.elsewhere(["what": record.description, "by": " — nancy"]), isElsewhere: true)
            }
        case .commitFinished:
            d.assert(.commitFinished(.undo, .failure(.refused(.nothingToUndo)), readOnlyReason: nil)) {
                $0.message = StatusMessage(words.nothingToUndo.text)
            }
            let record = try Self.tick("uo-s2", by: "", in: &d)
            let totals = Totals(d.state)
            d.assert(.commitFinished(.tick(actionID: "uo-s2"), .success(record.change), records: [record], readOnlyReason: nil),
                     refreshingOverview: true) {
                $0.totals = totals
                $0.recent = RecentChanges([RecentChange(record.record)])
                $0.message = StatusMessage(record.change.label, tail: words.undoTail.text)
            }
        case .teamChanged:
            var team = TeamInfo()
            team.replica = "paris"
            d.assert(.teamChanged(team), refreshingOverview: true) { $0.team = team }
        case .undoChecked:
            d.assert(.undoChecked(.undo, label: nil, removes: ItemCounts())) { $0.message = StatusMessage(words.nothingToUndo.text) }
            d.assert(.undoChecked(.undo, label: "Ticked 'X'", removes: ItemCounts()), effects: [.commit(.undo)])
        case .dataReread:
            d.assert(.dataReread(recent: [], readOnlyReason: .requested), refreshingOverview: true) { $0.readOnlyReason = .requested }
        case .followFailed:
            d.assert(.followFailed("disk gone")) { $0.message = StatusMessage(words.cannotFollow(["problem": "disk gone"]), isError: true) }
        case .readOnlyChanged:
            d.assert(.readOnlyChanged(.requested)) {
                $0.readOnlyReason = .requested
                $0.message = StatusMessage(words.readOnly(["reason": ReadOnlyReason.requested.brief]), isError: true)
            }
        case .searchFinished:
            // An answer to a search no longer asked is dropped.
            d.assert(.searchFinished(try SearchQuery.parse("stage"), [SearchHit(id: "uo-s2", kind: .action, score: 1, matchedTitle: true)]))
        case .syncFinished:
            d.assert(.syncFinished(.success("Sent 1 change.")), refreshingOverview: true) {
                $0.isSyncing = false
                $0.message = StatusMessage(words.synced(["summary": "Sent 1 change."]))
            }
        case .themeSwitched:
            d.assert(.themeSwitched(name: "light", description: "for light terminals", problem: nil)) {
                $0.message = StatusMessage(words.theme(["name": "light", "description": "for light terminals"]), tail: words.nextThemeTail.text)
            }
        case .languageSwitched:
            d.assert(.languageSwitched(problem: "config.yaml: read-only")) { $0.message = StatusMessage("config.yaml: read-only", isError: true) }
        case .linkOpened:
            let link = ItemLink(target: "https://example.org/convention.pdf")
            d.assert(.linkOpened(link, problem: nil)) { $0.message = StatusMessage(words.linkOpened(["link": link.displayName])) }
        case .keysDropped:
            d.assert(.keysDropped(count: 3)) { $0.message = StatusMessage(words.keysDropped(3), isError: true) }
        case .journalNoticed:
            d.assert(.journalNoticed("journal put back")) { $0.message = StatusMessage("journal put back", isError: true) }
        case .opening:
            d.assert(.opening(behind: true)) { $0.message = StatusMessage(words.catchingUp.text) }
        case .opened:
            d.assert(.opened(notices: ["a peer's file was left out"])) { $0.message = StatusMessage("a peer's file was left out", isError: true) }
        }
    }

    /// What keys do in `mode`: each mode's own, then the way back out.
    private static func keys(in mode: ModeKind, _ d: inout PureDashboard) throws {
        let words = Phrases.dialog
        let entered = d.model.mode
        switch mode {
        case .panes:
            d.assert(.key(.character("?"))) { $0.mode = .help(scroll: 0, over: .panes) }
            d.assert(.key(.escape)) { $0.mode = .panes }
            d.assert(.key(.character("t")), effects: [.cycleTheme])
            d.assert(.key(.character("S")), effects: [.sync]) {
                $0.isSyncing = true
                $0.message = StatusMessage(words.syncing.text, tail: words.syncingTail.text)
            }
            d.assert(.key(.escape), effects: [.cancelSync]) { $0.message = StatusMessage(words.cancellingSync.text) }
        case .overview:
            d.assert(.key(.character("?"))) { $0.mode = .help(scroll: 0, over: entered) }
            d.assert(.key(.escape)) { $0.mode = entered }
            d.assert(.key(.character("S")), effects: [.sync]) {
                $0.isSyncing = true
                $0.message = StatusMessage(words.syncing.text, tail: words.syncingTail.text)
            }
            // While a sync runs, Esc stops it and the overview stays; the next Esc leaves it.
            d.assert(.key(.escape), effects: [.cancelSync]) { $0.message = StatusMessage(words.cancellingSync.text) }
            d.assert(.syncFinished(.failure(SyncFailure("Cancelled."))), refreshingOverview: true) {
                $0.isSyncing = false
                $0.message = StatusMessage(words.notSynced(["reason": "Cancelled."]), isError: true)
            }
            d.assert(.key(.escape)) {
                $0.mode = .panes
                $0.message = nil
            }
        case .searchLine:
            let query = try SearchQuery.parse("s")
            d.assert(.key(.character("s")), effects: [.search(query)]) {
                $0.search?.text = "s"
                $0.search?.query = query
            }
            // A letter that would be a command in the panes is text here.
            let longer = try SearchQuery.parse("sS")
            d.assert(.key(.character("S")), effects: [.search(longer)]) {
                $0.search?.text = "sS"
                $0.search?.query = longer
            }
            d.assert(.key(.escape)) {
                $0.search = nil
                $0.mode = .panes
            }
        case .form:
            guard case .form(var form) = entered else { throw Unexpected.mode(entered) }
            _ = form.handle(.character("x"), state: d.state)
            d.assert(.key(.character("x"))) { $0.mode = .form(form) }
            // S types an S: no sync from a form.
            _ = form.handle(.character("S"), state: d.state)
            d.assert(.key(.character("S"))) { $0.mode = .form(form) }
            #expect(form.editors[form.focusedField]?.text.hasSuffix("xS") == true)
        case .confirm:
            guard case .confirm(var dialog) = entered else { throw Unexpected.mode(entered) }
            dialog.confirmFocused.toggle()
            d.assert(.key(.tab)) { $0.mode = .confirm(dialog) }
            d.assert(.key(.escape)) {
                $0.mode = .panes
                $0.message = StatusMessage(dialog.cancelled)
            }
        case .help:
            guard case .help(_, let over) = entered else { throw Unexpected.mode(entered) }
            d.assert(.key(.character("j"))) { $0.mode = .help(scroll: 1, over: over) }
            d.assert(.key(.character("S")))
            d.assert(.key(.escape)) { $0.mode = over }
        case .details:
            guard case .details(let id, _) = entered else { throw Unexpected.mode(entered) }
            d.assert(.key(.character("j"))) { $0.mode = .details(id: id, scroll: 1) }
            d.assert(.key(.escape)) { $0.mode = .panes }
        }
    }

    enum Unexpected: Error { case mode(Mode) }

    /// `uo-s2` ticked in `d`'s data, as the record replica `replica` ("" for this dashboard's) wrote.
    private static func tick(_ id: String, by replica: String, in d: inout PureDashboard) throws -> CommittedRecord {
        let change = Change(label: "Ticked 'Suivre'", events: [.actionTicked(id: id, on: d.model.today)])
        let inverse = try Reducer.apply(change, to: &d.state)
        return CommittedRecord(record: JournalRecord(replica: replica, seq: 5, at: "2026-11-22T10:00:00Z", kind: .change, change: change),
                               inverse: inverse, origin: replica.isEmpty ? .here : .elsewhere)
    }
}

/// Each `Mode` by its case, and how a person gets there from the panes.
enum ModeKind: String, CaseIterable, Sendable {
    case panes, overview, searchLine, form, confirm, help, details

    init(_ mode: Mode) {
        switch mode {
        case .panes: self = .panes
        case .overview: self = .overview
        case .searchLine: self = .searchLine
        case .form: self = .form
        case .confirm: self = .confirm
        case .help: self = .help
        case .details: self = .details
        }
    }

    /// Presses the keys that open this mode over the sample data's first partner.
    func enter(_ d: inout PureDashboard) {
        switch self {
        case .panes: break
        case .overview: d.press(.character("o"))
        case .searchLine: d.press(.character("/"))
        case .form: d.press(.character("e"))
        case .confirm: d.press(.character("d"))
        case .help: d.press(.character("?"))
        case .details: d.press(.enter)
        }
    }
}

/// Each `Message` by its case, for the exhaustive tests above.
enum MessageKind: String, CaseIterable, Sendable {
    case key, resized, dayChanged, recordsCommitted, commitFinished, teamChanged, undoChecked, dataReread, followFailed,
         readOnlyChanged, searchFinished, syncFinished, themeSwitched, languageSwitched, linkOpened, keysDropped,
         journalNoticed, opening, opened
}

extension Message {
    /// Its case; no default: a new case is named in `MessageKind` before anything compiles.
    var kind: MessageKind {
        switch self {
        case .key: .key
        case .resized: .resized
        case .dayChanged: .dayChanged
        case .recordsCommitted: .recordsCommitted
        case .commitFinished: .commitFinished
        case .teamChanged: .teamChanged
        case .undoChecked: .undoChecked
        case .dataReread: .dataReread
        case .followFailed: .followFailed
        case .readOnlyChanged: .readOnlyChanged
        case .searchFinished: .searchFinished
        case .syncFinished: .syncFinished
        case .themeSwitched: .themeSwitched
        case .languageSwitched: .languageSwitched
        case .linkOpened: .linkOpened
        case .keysDropped: .keysDropped
        case .journalNoticed: .journalNoticed
        case .opening: .opening
        case .opened: .opened
        }
    }
}

extension PureDashboard {
    /// Sends `message`: the model must become exactly what `change` makes of it — every other
    /// field as it was — and the effects asked for must be exactly `effects`.
    /// `refreshingOverview`: the message changes what the overview shows; when it is open, it is
    /// made again from the changed model (the overview's own tests check what it shows).
    mutating func assert(_ message: Message, effects: [Effect] = [], refreshingOverview: Bool = false,
                         sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout DashboardModel) -> Void = { _ in }) {
        var expected = model
        change(&expected)
        if refreshingOverview { OverviewUpdate.refresh(&expected, state) }
        let asked = send(message)
        #expect(asked == effects, "\(message.kind): effects", sourceLocation: sourceLocation)
        #expect(model == expected, "\(message.kind): the model changed otherwise than said", sourceLocation: sourceLocation)
    }
}
