import Foundation
import Testing
@testable import AccordCore
@testable import AccordTUI

/// Every message through `update`, exhaustively, as TCA's TestStore does: each scenario states
/// how the model must change and which effects are asked for; any other change fails. A new
/// `Message` case does not compile until `MessageKind` names it, and `MessageKind` does not
/// compile until it has a scenario here.
@Suite struct MessageUpdateTests {
    @Test(arguments: MessageKind.allCases)
    func everyMessageChangesTheModelExactlyAsSaid(_ kind: MessageKind) throws {
        var d = DashboardFixture.pure()
        let words = Phrases.dialog
        switch kind {
        case .key:
            d.assert(.key(.character("?"))) { $0.mode = .help(scroll: 0, over: .panes) }
            d.assert(.key(.escape)) { $0.mode = .panes }
            d.assert(.key(.character("t")), effects: [.cycleTheme])
            d.assert(.key(.character("S")), effects: [.sync]) {
                $0.isSyncing = true
                $0.message = StatusMessage(words.syncing.text, tail: words.syncingTail.text)
            }
            d.assert(.key(.escape), effects: [.cancelSync]) { $0.message = StatusMessage(words.cancellingSync.text) }
        case .resized:
            d.assert(.resized(width: 80, height: 24), effects: [.redrawAll])
        case .dayChanged:
            let tomorrow = d.model.today.adding(days: 1)
            d.assert(.dayChanged(tomorrow)) { $0.today = tomorrow }
        case .recordsCommitted:
            let record = try Self.tick("uo-s2", by: "nancy", in: &d)
            let totals = Totals(d.state)
            d.assert(.recordsCommitted([record])) {
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
            d.assert(.commitFinished(.tick(actionID: "uo-s2"), .success(record.change), records: [record], readOnlyReason: nil)) {
                $0.totals = totals
                $0.recent = RecentChanges([RecentChange(record.record)])
                $0.message = StatusMessage(record.change.label, tail: words.undoTail.text)
            }
        case .teamChanged:
            var team = TeamInfo()
            team.replica = "paris"
            d.assert(.teamChanged(team)) { $0.team = team }
        case .undoChecked:
            d.assert(.undoChecked(.undo, label: nil, removes: ItemCounts())) { $0.message = StatusMessage(words.nothingToUndo.text) }
            d.assert(.undoChecked(.undo, label: "Ticked 'X'", removes: ItemCounts()), effects: [.commit(.undo)])
        case .dataReread:
            d.assert(.dataReread(recent: [], readOnlyReason: .requested)) { $0.readOnlyReason = .requested }
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
            d.assert(.key(.character("S")), effects: [.sync]) {
                $0.isSyncing = true
                $0.message = StatusMessage(words.syncing.text, tail: words.syncingTail.text)
            }
            d.assert(.syncFinished(.success("Sent 1 change."))) {
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

    /// `uo-s2` ticked in `d`'s data, as the record replica `replica` ("" for this dashboard's) wrote.
    private static func tick(_ id: String, by replica: String, in d: inout PureDashboard) throws -> CommittedRecord {
        let change = Change(label: "Ticked 'Suivre'", events: [.actionTicked(id: id, on: d.model.today)])
        let inverse = try Reducer.apply(change, to: &d.state)
        return CommittedRecord(record: JournalRecord(replica: replica, seq: 5, at: "2026-11-22T10:00:00Z", kind: .change, change: change),
                               inverse: inverse, origin: replica.isEmpty ? .here : .elsewhere)
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
    mutating func assert(_ message: Message, effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                         _ change: (inout DashboardModel) -> Void = { _ in }) {
        var expected = model
        change(&expected)
        let asked = send(message)
        #expect(asked == effects, "\(message.kind): effects", sourceLocation: sourceLocation)
        #expect(model == expected, "\(message.kind): the model changed otherwise than said", sourceLocation: sourceLocation)
    }
}
