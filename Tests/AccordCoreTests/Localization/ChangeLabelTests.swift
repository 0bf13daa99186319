import Foundation
import Testing
@testable import AccordCore

/// Records say what they did, not a sentence: whoever made them, each reader reads them in
/// their own language — the journal's labels, last changes, conflicts and the last sync.
@Suite struct ChangeLabelTests {
    @Test func aChangeMadeInEnglishReadsInFrenchAndTheOtherWayRound() throws {
        let store = Store(ledger: Ledger(state: Fixtures.small), journal: nil)
        let ticked = try Language.$current.withValue(.en) { try store.tick("a1") }
        let noted = try Language.$current.withValue(.fr) { try store.setNote(of: "a2", to: "vu") }
        let title = store.state.actions["a1"]!.title
        #expect(Language.$current.withValue(.fr) { ticked.label } == "Coché « \(title) »")
        #expect(Language.$current.withValue(.en) { ticked.label } == "Ticked '\(title)'")
        #expect(Language.$current.withValue(.en) { noted.label }.hasPrefix("Noted '"))
        #expect(Language.$current.withValue(.fr) { noted.label }.hasPrefix("Note sur « "))
        // The record keeps no sentence: its JSON has the verb, kind and title, and no label.
        let record = JournalRecord(replica: "r1", seq: 1, at: "2026-11-22T10:00:00Z", kind: .change, change: ticked)
        let line = String(decoding: LineCodec.encode(record), as: UTF8.self)
        #expect(line.contains(#""what":{"verb":"ticked","title":"# ) && !line.contains(#""label""#), "\(line)")
        // The last changes and an undo's words follow the reader too.
        let recent = RecentChange(record)
        #expect(Language.$current.withValue(.fr) { recent.description } == "Coché « \(title) »")
        let undo = RecentChange(JournalRecord(replica: "r1", seq: 2, at: "2026-11-22T10:01:00Z", kind: .undo, change: ticked))
        #expect(Language.$current.withValue(.fr) { undo.description }.hasSuffix("Coché « \(title) »"))
        #expect(Language.$current.withValue(.en) { undo.description } == "Undid: Ticked '\(title)'")
    }

    @Test func everyVerbIsPhrasedInBothLanguages() {
        for verb in ChangeLabel.Verb.allCases {
            let label = ChangeLabel(verb, kind: .action, title: "Forum", detail: verb == .imported ? "action=3" : "2")
            let english = Language.$current.withValue(.en) { label.phrased }
            let french = Language.$current.withValue(.fr) { label.phrased }
            #expect(!english.isEmpty && !french.isEmpty && english != french, "\(verb): \(english) / \(french)")
            #expect(!english.contains("{") && !french.contains("{"), "\(verb): a placeholder left")
        }
    }

    @Test func anOlderRecordsSentenceIsShownAsItIs() throws {
        let old = #"{"v":2,"replica":"r1","seq":1,"clock":1,"at":"2026-11-22T10:00:00Z","kind":"change","label":"Coché « X »","events":[]}"#
        guard case .success(let record) = LineCodec.decode(JournalRecord.self, from: Array((CRC32C.hex(Array(old.utf8)) + " " + old).utf8)[...]) else {
            Issue.record("a version 2 record is read")
            return
        }
        #expect(record.change.what == nil && Language.$current.withValue(.en) { record.change.label } == "Coché « X »")
    }

    @Test func theLastSyncIsKeptAsCountsAndPhrasedWhenRead() throws {
        let dir = TempDirectory()
        _ = try Store.seeded(dir)
        let layout = DataLayout(directory: dir.data, replica: TempDirectory.replica)
        let report = GitSync.Report(sent: 3, received: ["b1": 12], newConflicts: 1, remote: "origin")
        LastSync.write(report, layout: layout)
        let entry = try #require(LastSync.read(layout))
        let names = ReplicaNames(["b1": "Cluster Nancy"])
        let english = Language.$current.withValue(.en) { entry.summary(names: names) }
        let french = Language.$current.withValue(.fr) { entry.summary(names: names) }
        #expect(english == Language.$current.withValue(.en) { report.summary(names: names) } && english.hasPrefix("Sent 3 changes"))
        #expect(french == Language.$current.withValue(.fr) { report.summary(names: names) } && french != english)
        // What an older Accord wrote (a sentence) is shown as it is.
        try PosixFileSystem().writeFile(layout.lastSync, Array("2026-11-22T10:00:00Z\tSent 5 changes.\n".utf8))
        #expect(LastSync.read(layout)?.summary(names: names) == "Sent 5 changes.")
    }
}
