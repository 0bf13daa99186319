import AccordCore
import Foundation
import Glibc
import Testing
@testable import AccordTUI

/// A dashboard on a replica that shares its journals with another: who did what, the
/// conflicts in the overview, taking one back and dismissing one.
@Suite struct TeamDashboardTests {
    /// Two replicas' data directories (ids "paris" and "nancy") holding the sample agreements.
    private final class Pair {
        let root = NSTemporaryDirectory() + "accord-team-ui-" + UUID().uuidString
        var paris: String { root + "/paris" }
        var nancy: String { root + "/nancy" }

        init() throws {
            for (path, id) in [(paris, "paris"), (nancy, "nancy")] {
                try FileManager.default.createDirectory(atPath: path + "/local", withIntermediateDirectories: true)
                try Data("\(id)\n".utf8).write(to: URL(fileURLWithPath: path + "/local/replica"))
            }
            let store = try Store.open(directory: paris)
            try store.perform(try SampleData.change(for: store.state))
            copy(from: paris, to: nancy)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        /// Copies the journal files `from` has over `to`'s where they differ, as a synced folder would
        /// (never over `to`'s own: its newest version is the one `to` wrote).
        func copy(from: String, to: String) {
            try? FileManager.default.createDirectory(atPath: to + "/journal", withIntermediateDirectories: true)
            let own = URL(fileURLWithPath: to).lastPathComponent + "."
            for name in (try? FileManager.default.contentsOfDirectory(atPath: from + "/journal")) ?? [] where !name.hasPrefix(own) {
                let data = FileManager.default.contents(atPath: from + "/journal/" + name) ?? Data()
                if FileManager.default.contents(atPath: to + "/journal/" + name) != data {
                    _ = FileManager.default.createFile(atPath: to + "/journal/" + name, contents: data)
                }
            }
        }
    }

    private static func retitle(_ id: String, to title: String, in store: Store) throws {
        var draft = try #require(ItemDraft(editing: id, in: store.state))
        draft[.title] = title
        try store.save(draft)
    }

    @Test func aColleaguesChangeSaysWhoMadeIt() throws {
        let pair = try Pair()
        try ReplicaNames.write("Cluster Nancy", for: DataLayout(directory: pair.nancy, replica: "nancy"))
        let nancy = try Store.open(directory: pair.nancy)
        try nancy.tick("uo-s2")
        let d = DashboardRuntime(store: try Store.open(directory: pair.paris), width: 100, height: 30, indexInBackground: false)
        pair.copy(from: pair.nancy, to: pair.paris)
        #expect(d.followOthers(now: true))
        #expect(d.message?.text == "Elsewhere: Ticked 'Suivre le nombre de stagiaires accueillis chez les adhérents' — Cluster Nancy")
        d.press(.character("o"))
        let overview = try #require(d.model.overview)
        #expect(overview.lines.contains { line in
            if case .text(let text, _) = line.content { return text.hasSuffix("Ticked 'Suivre le nombre de stagiaires accueillis chez les adhérents' — Cluster Nancy") }
            return false
        })
    }

    @Test func theOverviewListsConflictsAndTakesOneBackOrDismissesIt() throws {
        let pair = try Pair()
        let nancy = try Store.open(directory: pair.nancy, JournalOptions(now: { Date().addingTimeInterval(60) }))
        let paris = try Store.open(directory: pair.paris)
        try Self.retitle("uo-s2", to: "Titre de Paris", in: paris)
        try Self.retitle("uo-s1", to: "Autre titre de Paris", in: paris)
        try Self.retitle("uo-s2", to: "Titre de Nancy", in: nancy)
        try Self.retitle("uo-s1", to: "Autre titre de Nancy", in: nancy)
        pair.copy(from: pair.nancy, to: pair.paris)
        let d = DashboardRuntime(store: paris, width: 120, height: 40, indexInBackground: false)
        d.followOthers(now: true)
        #expect(paris.conflicts.count == 2)
        d.press(.character("o"))
        var overview = try #require(d.model.overview)
        let heading = overview.lines.firstIndex { $0.content == .heading("Conflicts (2) — T takes the lost value back, X keeps the current one") }
        #expect(heading != nil)
        // The first selectable line is the first conflict: T takes Paris's title back.
        #expect(overview.selectedConflictID == paris.conflicts[0].id)
        let first = paris.conflicts[0]
        d.press(.character("T"))
        #expect(paris.conflicts.count == 1 && !paris.conflicts.contains(first))
        #expect(paris.state.actions[first.itemID]?.title.hasSuffix("de Paris") == true)
        #expect(d.message?.text.hasPrefix("Took back") == true)
        overview = try #require(d.model.overview)
        #expect(overview.lines.contains { $0.content == .heading("Conflicts (1) — T takes the lost value back, X keeps the current one") })
        // X keeps Nancy's value for the other one.
        let second = paris.conflicts[0]
        #expect(d.model.overview?.selectedConflictID == second.id)
        d.press(.character("X"))
        #expect(paris.conflicts.isEmpty)
        #expect(paris.state.actions[second.itemID]?.title.hasSuffix("de Nancy") == true)
        #expect(d.model.overview?.lines.contains { $0.conflictID != nil } == false, "the section is gone with the last conflict")
        // Both are ordinary changes of Paris: once they reach Nancy, its list is empty too.
        pair.copy(from: pair.paris, to: pair.nancy)
        try nancy.followOthers()
        #expect(nancy.conflicts.isEmpty && nancy.state == paris.state)
    }

    @Test func takingBackOffAConflictLineSaysWhatToDo() throws {
        let pair = try Pair()
        let d = DashboardRuntime(store: try Store.open(directory: pair.paris), width: 100, height: 30, indexInBackground: false)
        d.press(.character("o"))
        d.press(.character("T"))
        #expect(d.message == StatusMessage("Select a line under Conflicts first (j/k).", isError: true))
    }

    @Test func undoingOverAColleaguesChangeAsksFirst() throws {
        let pair = try Pair()
        try ReplicaNames.write("Cluster Nancy", for: DataLayout(directory: pair.nancy, replica: "nancy"))
        let paris = try Store.open(directory: pair.paris)
        try paris.setNote(of: "uo-s2", to: "Paris")
        pair.copy(from: pair.paris, to: pair.nancy)
        let nancy = try Store.open(directory: pair.nancy, JournalOptions(now: { Date().addingTimeInterval(60) }))
        try nancy.setNote(of: "uo-s2", to: "Nancy")
        pair.copy(from: pair.nancy, to: pair.paris)
        let d = DashboardRuntime(store: paris, width: 100, height: 30, indexInBackground: false)
        d.press(.character("u"))
        guard case .confirm(let dialog) = d.model.mode else {
            Issue.record("no question: \(d.model.mode)")
            return
        }
        #expect(dialog.lines.contains("Cluster Nancy changed 'note' of uo-s2 since; this undo sets it back over their change."))
        d.press(.character("y"))
        #expect(paris.state.actions["uo-s2"]?.note == "")
    }

    @Test func sSaysItIsSyncingThenWhatCameOfIt() throws {
        let pair = try Pair()
        let d = DashboardRuntime(store: try Store.open(directory: pair.paris), width: 100, height: 30, indexInBackground: false)
        d.press(.character("S"))
        #expect(d.message?.text == "Syncing with the team…", "said as git starts, on a thread of its own")
        #expect(d.isSyncing && d.model.isSyncing)
        // The loop takes the sync's end in when its descriptor wakes it: here, until it has.
        let deadline = Date().addingTimeInterval(20)
        while d.isSyncing && Date() < deadline {
            var ready = pollfd(fd: d.wakeDescriptors.first ?? -1, events: Int16(POLLIN), revents: 0)
            _ = poll(&ready, 1, 100)
            d.finishBackgroundWork()
        }
        #expect(!d.isSyncing && !d.model.isSyncing)
        let message = try #require(d.message)
        #expect(message.isError && message.text.hasPrefix("Not synced: ") && message.text.contains("is not shared through git yet"))
        #expect(message.text.contains("'accord sync --init URL'") && !message.text.contains(pair.paris),
                "what to do, not the path, in the status bar's width")
    }
}
