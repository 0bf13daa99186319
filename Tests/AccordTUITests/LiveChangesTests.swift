@testable import AccordCore
import Foundation
import Testing
@testable import AccordTUI

/// Dashboards on a data directory other processes write too: what they wrote shows, and a
/// form saved over an item changed or deleted meanwhile asks what to do.
@Suite struct LiveChangesTests {
    /// A data directory with the sample agreements, and the path to remove afterwards.
    private static func sampleDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "accord-live-" + UUID().uuidString
        let store = try Store.open(directory: path)
        try store.perform(try SampleData.change(for: store.state))
        return path
    }

    /// A dashboard on its own store (its own open files, as another process would have).
    private static func dashboard(_ path: String) throws -> DashboardRuntime {
        DashboardRuntime(store: try Store.open(directory: path), width: 100, height: 30, indexInBackground: false)
    }

    private static func retitle(_ id: String, to title: String, in store: Store) throws {
        var draft = try #require(ItemDraft(editing: id, in: store.state))
        draft[.title] = title
        try store.save(draft)
    }

    /// Opens the edit form of `uo-s2` in `d` and types a new title.
    private static func startEditing(_ d: DashboardRuntime, title: String) throws {
        d.selectChecklistRow(.action("uo-s2"))
        d.press(.character("e"))
        #expect(d.form?.focusedField == .title)
        d.press(.control("u"))
        d.type(title)
    }

    @Test func aJournalRemovedUnderTheDashboardIsPutBackAtTheNextTickAndSaid() throws {
        let path = try Self.sampleDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let d = try Self.dashboard(path)
        let journal = try #require(d.store.journal).layout.journal
        let before = try #require(FileManager.default.contents(atPath: journal))
        try FileManager.default.removeItem(atPath: journal)
        d.selectChecklistRow(.action("uo-s2"))
        d.press(.character(" "))
        #expect(d.message?.text.contains("had been removed from the shared folder; it was put back") == true, "\(d.message?.text ?? "")")
        let after = try #require(FileManager.default.contents(atPath: journal))
        #expect(after.starts(with: before) && after.count > before.count, "the tick is in the journal put back")
        #expect(try Store.open(directory: path).state.actions["uo-s2"]?.isDone == true)
    }

    @Test func othersChangesShowWithTheSelectionKept() throws {
        let path = try Self.sampleDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let d = try Self.dashboard(path)
        let other = try Store.open(directory: path)
        d.selectChecklistRow(.action("uo-s2"))
        try other.tick("uo-s2")
        #expect(d.followOthers(now: true))
        #expect(d.state.actions["uo-s2"]?.isDone == true)
        #expect(d.message?.text == "Elsewhere: Ticked 'Suivre le nombre de stagiaires accueillis chez les adhérents'")
        #expect(d.totals == Totals(d.state), "the counts follow")
        try other.perform(Change(label: "Added 'Relancer'", events: [
            .actionCreated(Action(id: "uo-s0", commitmentID: "uo-stages", title: "Relancer", rank: -1)),
        ]))
        d.followOthers(now: true)
        #expect(d.selectedChecklistRow == .action("uo-s2"), "the selection stays on the same item, though rows moved")
        try other.delete("uo-s2")
        d.followOthers(now: true)
        #expect(d.state.actions["uo-s2"] == nil)
        #expect(d.selectedChecklistRow == .action("uo-s1"),
                "deleted, the last of its commitment: the neighbour before it (not the next category's heading)")
        #expect(!d.followOthers(now: true), "nothing new")
        try other.untick("uo-s1")
        try other.tick("uo-s1")
        try other.tick("uo-e1")
        d.followOthers(now: true)
        #expect(d.message == StatusMessage("Elsewhere: Ticked 'Programmer des rencontres régulières entre laboratoires et adhérents'",
                                           tail: "and 2 more changes", isElsewhere: true))
    }

    @Test func savingOverAnItemChangedElsewhereOffersOverwriteKeepTheirsOrBack() throws {
        let path = try Self.sampleDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let d = try Self.dashboard(path)
        let other = try Store.open(directory: path)
        try Self.startEditing(d, title: "Mon titre")
        try Self.retitle("uo-s2", to: "Titre d'ailleurs", in: other)
        d.followOthers(now: true)
        d.press(.enter)
        let dialog = try #require(d.confirm)
        #expect(dialog.title == "Changed elsewhere" && dialog.lines.joined().contains("(title)"), "\(dialog.lines)")
        #expect(dialog.cancelLabel == "Keep theirs" && dialog.confirmLabel == "Overwrite")
        #expect(DashboardUpdate.hints(in: d.model).map(\.text).contains("Esc back to form"))
        d.press(.escape)
        #expect(d.form?.editor(.title).text == "Mon titre", "Esc goes back to the form, the edits kept")
        #expect(d.message?.text == "Back to the form; nothing saved.")
        d.press(.enter)
        d.press(.character("y"))
        #expect(d.form == nil && d.state.actions["uo-s2"]?.title == "Mon titre", "overwritten")
        #expect(try other.followOthers() == .applied(1) && other.state.actions["uo-s2"]?.title == "Mon titre")
        // Keep theirs: the focused button.
        try Self.startEditing(d, title: "Encore un")
        try Self.retitle("uo-s2", to: "Le leur", in: other)
        d.followOthers(now: true)
        d.press(.enter)
        d.press(.enter)
        #expect(d.form == nil && d.confirm == nil)
        #expect(d.state.actions["uo-s2"]?.title == "Le leur")
        #expect(d.message?.text == "Kept the other version; the form's edits were dropped.")
    }

    @Test func editsOfOtherFieldsElsewhereAreKeptWithoutAsking() throws {
        let path = try Self.sampleDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let d = try Self.dashboard(path)
        let other = try Store.open(directory: path)
        try Self.startEditing(d, title: "Mon titre")
        var redate = try #require(ItemDraft(editing: "uo-s2", in: other.state))
        redate[.due] = "2027-03-01"
        try other.save(redate)
        d.followOthers(now: true)
        d.press(.enter)
        #expect(d.confirm == nil && d.form == nil, "another field: nothing to ask")
        let action = try #require(d.state.actions["uo-s2"])
        #expect(action.title == "Mon titre" && action.due?.description == "2027-03-01", "both edits kept")
        #expect(try other.followOthers() == .applied(1) && other.state.actions["uo-s2"] == action)
    }

    @Test func savingAnItemDeletedElsewhereSaysSoAndGoesBackOrCloses() throws {
        let path = try Self.sampleDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let d = try Self.dashboard(path)
        let other = try Store.open(directory: path)
        try Self.startEditing(d, title: "Mon titre")
        try other.delete("uo-s2")
        d.followOthers(now: true)
        #expect(d.form != nil, "the form stays open while the item goes")
        d.press(.enter)
        #expect(d.confirm?.title == "Deleted elsewhere")
        d.press(.enter)
        #expect(d.form?.editor(.title).text == "Mon titre", "the focused button goes back to the form")
        d.press(.enter)
        d.press(.character("y"))
        #expect(d.form == nil && d.confirm == nil && d.message?.text == "Closed; the form's edits were dropped.")
        #expect(d.state.actions["uo-s2"] == nil && other.journal?.lastSeq == d.store.journal?.lastSeq, "nothing saved")
    }

    @Test func twoDashboardsWritingWhileAThirdProcessCompactsStayTheSame() throws {
        let path = try Self.sampleDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try Self.dashboard(path), second = try Self.dashboard(path)
        let compactor = try Store.open(directory: path)
        first.selectChecklistRow(.action("uo-s2"))
        second.selectChecklistRow(.action("uo-e1"))
        for round in 0..<6 {
            first.press(.character(" "))
            second.followOthers(now: true)
            second.press(.character(" "))
            if round % 2 == 0 { try compactor.rebuildCache() }
            first.followOthers(now: true)
            second.followOthers(now: true)
            #expect(first.state == second.state, "round \(round)")
        }
        let before = first.state.actions["uo-s2"]?.isDone
        first.press(.character(" "))
        #expect(first.state.actions["uo-s2"]?.isDone != before)
        second.press(.character("u"))  // without having looked: `u` reads the others' records first
        #expect(second.message?.text.hasPrefix("Undid: ") == true && second.message?.text.contains("Suivre le nombre") == true,
                "u undid the newest change on the data, the first dashboard's: \(String(describing: second.message))")
        first.followOthers(now: true)
        #expect(first.state.actions["uo-s2"]?.isDone == before && first.state == second.state)
        #expect(first.totals == Totals(first.state) && second.totals == Totals(second.state))
        let reopened = try Store.open(directory: path)
        #expect(reopened.state == first.state && reopened.journal?.damage == [])
    }
}

/// A search asked for while the index is still being built on another core does not wait for
/// it on the loop: the search line says "searching…", the loop's wait ends on the build's
/// descriptor, and the hits arrive then.
@Suite struct SearchWhileIndexingTests {
    @Test func theFirstSearchIsAnsweredOnceTheIndexIsBuiltWithoutBlockingTheLoop() throws {
        let d = DashboardFixture.dashboard()
        let gate = DispatchSemaphore(value: 0)
        d.useSearchIndex(LiveSearchIndex(building: BackgroundSearchIndex(d.state, gate: gate)))
        d.press(.character("/"))
        for key in "handicap" { d.press(.character(key)) }
        // Answered at once would mean the loop waited for the index: it is held back here.
        #expect(d.search?.answered == nil)
        #expect(StatusBarModel(d.model, d.state) == .searchLine(text: "handicap", outcome: "searching…", outcomeRole: .dim))
        #expect(!d.wakeDescriptors.isEmpty, "the loop wakes when the index is built")
        gate.signal()
        let deadline = Date().addingTimeInterval(10)
        while d.search?.answered == nil && Date() < deadline {
            var ready = pollfd(fd: d.wakeDescriptors.first ?? -1, events: Int16(POLLIN), revents: 0)
            _ = poll(&ready, 1, 100)
            d.finishBackgroundWork()
        }
        #expect(d.search?.answered == d.search?.query && d.search?.hits.count == 5, "\(String(describing: d.search?.hits.count))")
        guard case .searchLine(_, let outcome, _) = StatusBarModel(d.model, d.state) else {
            Issue.record("the search line is gone")
            return
        }
        #expect(outcome == "5 hits · Enter jumps")
    }

    /// A search that takes long (a million actions) runs on its own thread: keys keep working
    /// meanwhile, a change saved meanwhile is not held up, and the newest query is the one
    /// answered in the end.
    @Test func aLongSearchRunsOffTheLoopAndTheNewestQueryIsAnswered() throws {
        let d = DashboardRuntime(store: DashboardFixture.sampleStore(), width: 80, height: 24, indexInBackground: true)
        let index = LiveSearchIndex(state: d.state, background: false)
        let gate = DispatchSemaphore(value: 0)
        index.searchGate = gate
        d.useSearchIndex(index)
        d.press(.character("/"))
        for key in "stag" { d.press(.character(key)) }
        // The first search is held on its thread; the keys after it were taken all the same.
        #expect(d.search?.text == "stag" && d.search?.answered == nil)
        d.press(.backspace)
        d.press(.character("g"))
        d.press(.character("e"))
        #expect(d.search?.text == "stage" && d.search?.answered == nil)
        #expect(StatusBarModel(d.model, d.state) == .searchLine(text: "stage", outcome: "searching…", outcomeRole: .dim))
        // A change saved while the search runs does not wait for it.
        try d.store.tick("uo-s2")
        #expect(d.store.state.actions["uo-s2"]?.isDone == true)
        gate.signal()
        let deadline = Date().addingTimeInterval(10)
        while d.search?.answered != d.search?.query, Date() < deadline {
            var ready = d.wakeDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            _ = poll(&ready, nfds_t(ready.count), 100)
            d.finishBackgroundWork()
        }
        let expected = SearchIndex(d.state).search(try SearchQuery.parse("stage"), in: d.state, today: d.model.today)
        #expect(d.search?.answered == (try SearchQuery.parse("stage")))
        #expect(d.search?.hits.map(\.id) == expected.filter { $0.kind != .category }.map(\.id) && !expected.isEmpty)
    }
}
