import Testing
@testable import AccordCore
@testable import AccordTUI

/// `update` alone, with no store and no terminal: a message in, the model and the effects out.
@Suite struct DashboardUpdateTests {
    @Test func spaceOnAnActionAsksForATickAndChangesNothingItself() {
        var d = DashboardFixture.pure()
        let effects = d.press(.character("3"), .character("j"), .character("j"), .character(" "))
        guard case .commit(.tick(let id))? = effects.first, effects.count == 1 else {
            Issue.record("expected one tick effect, got \(effects)")
            return
        }
        #expect(id == "uo-s2")
        #expect(d.model.totals.actions.done == 13, "update does not change the data; the store does")
    }

    @Test func aCommittedRecordIsHowTheModelLearnsOfAChange() throws {
        var d = DashboardFixture.pure()
        let effects = try d.commit([.actionTicked(id: "uo-s2", on: d.model.today)], label: "Ticked 'X'")
        #expect(effects.isEmpty)
        #expect(d.model.totals.actions.done == 14)
        #expect(d.model.recent.entries.map(\.label) == ["Ticked 'X'"])
        #expect(d.model.message == nil, "a record made elsewhere is not this dashboard's message")
        // Its own commit's answer says what happened.
        d.send(.commitFinished(.tick(actionID: "uo-s2"), .success(Change(label: "Ticked 'X'", events: [])), readOnlyReason: nil))
        #expect(d.model.message == StatusMessage("Ticked 'X'", tail: "u to undo"))
    }

    /// One commit is one message: the records it committed (others' first) come with its answer.
    @Test func aCommitsRecordsAndItsAnswerAreOneMessage() throws {
        var d = DashboardFixture.pure()
        let change = Change(label: "Ticked 'X'", events: [.actionTicked(id: "uo-s2", on: d.model.today)])
        let inverse = try Reducer.apply(change, to: &d.state)
        let mine = CommittedRecord(record: JournalRecord(seq: 2, at: "2026-11-22T10:00:00Z", kind: .change, change: change), inverse: inverse)
        let noteChange = Change(label: "Noted", events: [.noteSet(id: "uo-s1", note: "vu")])
        let noteInverse = try Reducer.apply(noteChange, to: &d.state)
        let theirs = CommittedRecord(record: JournalRecord(replica: "nancy", seq: 7, at: "2026-11-22T09:00:00Z", kind: .change, change: noteChange),
                                     inverse: noteInverse, origin: .elsewhere)
        d.send(.commitFinished(.tick(actionID: "uo-s2"), .success(change), records: [theirs, mine], readOnlyReason: nil))
        #expect(d.model.totals.actions.done == 14)
        #expect(d.model.recent.entries.map(\.label) == ["Noted", "Ticked 'X'"])
        #expect(d.model.message == StatusMessage("Ticked 'X'", tail: "u to undo"), "its own answer is what the status bar says")
    }

    /// `S` starts a sync that runs beside the keys: a second `S` says one runs, Esc stops it,
    /// and its end (cancelled here) is said.
    @Test func aSyncRunsBesideTheKeysAndEscCancelsIt() {
        var d = DashboardFixture.pure()
        #expect(d.press(.character("S")) == [.sync])
        #expect(d.model.isSyncing)
        #expect(d.press(.character("j")).isEmpty && d.model.isSyncing, "keys act as usual meanwhile")
        #expect(StatusBarModel(d.model, d.state) == .message("Syncing with the team…", tail: "Esc cancels it", isError: false))
        #expect(d.press(.character("S")).isEmpty)
        #expect(d.model.message?.text == "A sync is already running")
        #expect(d.press(.escape) == [.cancelSync])
        #expect(d.model.message?.text == "Cancelling the sync…")
        d.send(.syncFinished(.failure(SyncFailure(SyncError.cancelled.brief))))
        #expect(!d.model.isSyncing)
        #expect(d.model.message?.text.contains("the sync was cancelled") == true, "\(String(describing: d.model.message))")
        #expect(d.press(.escape) != [.cancelSync], "Esc is Esc again once no sync runs")
    }

    @Test func aDeletedItemLeavesItsPaneAndTheSelectionStaysOnTheSameItem() throws {
        var d = DashboardFixture.pure()
        d.press(.character("j"), .character("j"))
        #expect(d.model.selectedAgreementID == "mines-ales-enscm")
        // Deleting the agreement above it (with what it holds) keeps the selection on the same agreement.
        try d.commit(try Deletion(of: "upec-gosb", in: d.state).change.events)
        #expect(!d.model.agreementRows.contains("upec-gosb"))
        #expect(d.model.selectedAgreementID == "mines-ales-enscm")
        #expect(d.model.totals.agreementCount == 4)
    }

    @Test func aCommittedRecordReRunsTheSearch() throws {
        var d = DashboardFixture.pure()
        let effects = d.press(.character("/"), .character("s"))
        guard case .search(let query)? = effects.first else {
            Issue.record("typing searches: \(effects)")
            return
        }
        d.send(.searchFinished(query, []))
        let after = try d.commit([.noteSet(id: "uo-s2", note: "x")])
        guard case .search(let again)? = after.first else {
            Issue.record("a change re-runs the search: \(after)")
            return
        }
        #expect(again == query)
    }

    @Test func staleSearchAnswersAreDropped() throws {
        var d = DashboardFixture.pure()
        d.press(.character("/"), .character("h"))
        let old = try SearchQuery.parse("h")
        d.press(.character("a"))
        d.send(.searchFinished(old, [SearchHit(id: "upmc", kind: .partner, score: 1, matchedTitle: true)]))
        #expect(d.model.search?.hits.isEmpty == true, "hits for 'h' do not show under 'ha'")
        d.send(.searchFinished(try SearchQuery.parse("ha"), [SearchHit(id: "upmc", kind: .partner, score: 1, matchedTitle: true)]))
        #expect(d.model.search?.hits.map(\.id) == ["upmc"], "the answer for the current query shows")
    }

    @Test func failuresAreTypedNotMatchedByText() throws {
        var d = DashboardFixture.pure()
        d.send(.commitFinished(.undo, .failure(.refused(.nothingToUndo)), readOnlyReason: nil))
        #expect(d.model.message == StatusMessage("Nothing to undo."))
        let failed = FileSystemError(operation: "write", path: "/d/journal.log", code: 28, reason: "No space left on device")
        d.send(.commitFinished(.tick(actionID: "uo-s2"), .failure(.notSaved(.appendFailed(failed))), readOnlyReason: .writeFailed(failed)))
        #expect(d.model.message == StatusMessage(
            "Not saved: No space left on device (write /d/journal.log); read-only until restarted.", isError: true))
        #expect(d.model.readOnlyReason == .writeFailed(failed), "the dashboard knows it can no longer write")
        d.send(.commitFinished(.tick(actionID: "uo-s2"), .failure(.notSaved(.busy(holder: LockHolder(pid: 4242, command: "accord"), seconds: 5))),
                               readOnlyReason: nil))
        let busy = try #require(d.model.message?.text)
        #expect(busy == "Not saved: another Accord (process 4242) kept the data locked 5 s; try again.")
        #expect(busy.count < 80, "whole in an 80-column status bar")
        // A holder that is not an Accord is named as what it is.
        d.send(.commitFinished(.tick(actionID: "uo-s2"), .failure(.notSaved(.busy(holder: LockHolder(pid: 4243, command: "flock"), seconds: 5))),
                               readOnlyReason: nil))
        #expect(d.model.message?.text == "Not saved: flock (process 4243) kept the data locked 5 s; try again.")
    }

    @Test func aRefusedFormStaysOpenWithTheRefusalOnItsField() {
        var d = DashboardFixture.pure()
        d.press(.character("2"), .character("a"))
        guard case .form(let form) = d.model.mode else {
            Issue.record("no form")
            return
        }
        let error = FieldError(.signatories, "needs two.")
        d.send(.commitFinished(.draft(form.filledDraft), .failure(.field(error)), readOnlyReason: nil))
        guard case .form(let refused) = d.model.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(refused.error == error && refused.focusedField == .signatories)
    }

    @Test func resizeAndTheClockAreMessagesToo() {
        var d = DashboardFixture.pure()
        let effects = d.send(.resized(width: 120, height: 40))
        #expect(d.model.layout.width == 120)
        guard case .redrawAll? = effects.first else {
            Issue.record("a resize repaints: \(effects)")
            return
        }
        let tomorrow = Day("2026-11-23")!
        d.send(.dayChanged(tomorrow))
        #expect(d.model.today == tomorrow && HeaderModel(d.model, d.state).right == "2026-11-23 ")
    }

    @Test func quitRedrawAndThemeAreEffects() {
        var d = DashboardFixture.pure()
        #expect(d.press(.character("q")) == [.quit])
        #expect(d.press(.control("l")) == [.redrawAll])
        #expect(d.press(.character("t")) == [.cycleTheme])
        d.send(.themeSwitched(name: "light", description: "Dark text", problem: nil))
        #expect(d.model.message == StatusMessage("Theme: light — Dark text", tail: "t for the next one"))
    }
}
