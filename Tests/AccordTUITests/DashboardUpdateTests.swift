import Testing
@testable import AccordCore
@testable import AccordTUI

/// `update` alone, with no store and no terminal: a message in, the model and the effects out.
@Suite struct DashboardUpdateTests {
    private func press(_ keys: [Key], _ model: inout DashboardModel) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = DashboardUpdate.update(&model, .key(key)) }
        return effects
    }

    @Test func spaceOnAnActionAsksForATickAndChangesNothingItself() {
        var model = DashboardFixture.model()
        let effects = press([.character("3"), .character("j"), .character("j"), .character(" ")], &model)
        guard case .commit(.tick(let id))? = effects.first, effects.count == 1 else {
            Issue.record("expected one tick effect, got \(effects)")
            return
        }
        #expect(id == "uo-s2")
        #expect(model.state.actions["uo-s2"]?.isDone == false, "update does not change the data; the store does")
        #expect(model.totals.actions.done == 13)
    }

    @Test func aCommittedRecordIsHowTheModelLearnsOfAChange() throws {
        var model = DashboardFixture.model()
        var state = model.state
        let change = Change(label: "Ticked 'X'", events: [.actionTicked(id: "uo-s2", on: model.today)])
        let inverse = try Reducer.apply(change, to: &state)
        let record = CommittedRecord(record: JournalRecord(seq: 1, at: "2026-11-22T10:00:00Z", kind: .change, change: change),
                                     inverse: inverse)
        let effects = DashboardUpdate.update(&model, .recordCommitted(record, state: state))
        #expect(effects.isEmpty)
        #expect(model.state.actions["uo-s2"]?.isDone == true)
        #expect(model.totals.actions.done == 14)
        #expect(model.recent.entries.map(\.label) == ["Ticked 'X'"])
        #expect(model.message == nil, "a record made elsewhere is not this dashboard's message")
        // Its own commit's answer says what happened.
        _ = DashboardUpdate.update(&model, .commitFinished(.tick(actionID: "uo-s2"), .success(change), readOnlyReason: nil))
        #expect(model.message?.text == "Ticked 'X' — u to undo")
    }

    @Test func aCommittedRecordReRunsTheSearch() throws {
        var model = DashboardFixture.model()
        let effects = press([.character("/"), .character("s")], &model)
        guard case .search(let query)? = effects.first else {
            Issue.record("typing searches: \(effects)")
            return
        }
        _ = DashboardUpdate.update(&model, .searchFinished(query, []))
        var state = model.state
        let change = Change(label: "n", events: [.noteSet(id: "uo-s2", note: "x")])
        let inverse = try Reducer.apply(change, to: &state)
        let record = CommittedRecord(record: JournalRecord(seq: 1, at: "", kind: .change, change: change), inverse: inverse)
        let after = DashboardUpdate.update(&model, .recordCommitted(record, state: state))
        guard case .search(let again)? = after.first else {
            Issue.record("a change re-runs the search: \(after)")
            return
        }
        #expect(again == query)
    }

    @Test func staleSearchAnswersAreDropped() throws {
        var model = DashboardFixture.model()
        _ = press([.character("/"), .character("h")], &model)
        let old = try SearchQuery.parse("h")
        _ = press([.character("a")], &model)
        _ = DashboardUpdate.update(&model, .searchFinished(old, [SearchHit(id: "upmc", kind: .partner, score: 1, matchedTitle: true)]))
        #expect(model.search?.hits.isEmpty == true, "hits for 'h' do not show under 'ha'")
    }

    @Test func failuresAreTypedNotMatchedByText() {
        var model = DashboardFixture.model()
        _ = DashboardUpdate.update(&model, .commitFinished(.undo, .failure(.refused(.nothingToUndo)), readOnlyReason: nil))
        #expect(model.message == StatusMessage("Nothing to undo."))
        let failed = FileSystemError(operation: "write", path: "/d/journal.log", code: 28, reason: "No space left on device")
        _ = DashboardUpdate.update(&model, .commitFinished(.tick(actionID: "uo-s2"), .failure(.notSaved(.appendFailed(failed))),
                                                           readOnlyReason: .writeFailed(failed)))
        #expect(model.message == StatusMessage(
            "Not saved: No space left on device (write /d/journal.log); Accord is read-only until restarted.", isError: true))
        #expect(model.readOnlyReason == .writeFailed(failed), "the dashboard knows it can no longer write")
    }

    @Test func aRefusedFormStaysOpenWithTheRefusalOnItsField() {
        var model = DashboardFixture.model()
        _ = press([.character("2"), .character("a")], &model)
        guard case .form(let form) = model.mode else {
            Issue.record("no form")
            return
        }
        let error = FieldError(.signatories, "needs two.")
        _ = DashboardUpdate.update(&model, .commitFinished(.draft(form.filledDraft), .failure(.field(error)), readOnlyReason: nil))
        guard case .form(let refused) = model.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(refused.error == error && refused.focusedField == .signatories)
    }

    @Test func resizeAndTheClockAreMessagesToo() {
        var model = DashboardFixture.model()
        let effects = DashboardUpdate.update(&model, .resized(width: 120, height: 40))
        #expect(model.layout.width == 120)
        guard case .redrawAll? = effects.first else {
            Issue.record("a resize repaints: \(effects)")
            return
        }
        let tomorrow = Day("2026-11-23")!
        _ = DashboardUpdate.update(&model, .dayChanged(tomorrow))
        #expect(model.today == tomorrow && HeaderModel(model).right == "2026-11-23 ")
    }

    @Test func quitRedrawAndThemeAreEffects() {
        var model = DashboardFixture.model()
        func only(_ key: Key) -> String { String(describing: DashboardUpdate.update(&model, .key(key))) }
        #expect(only(.character("q")) == "[AccordTUI.Effect.quit]")
        #expect(only(.control("l")) == "[AccordTUI.Effect.redrawAll]")
        #expect(only(.character("t")) == "[AccordTUI.Effect.cycleTheme]")
        _ = DashboardUpdate.update(&model, .themeSwitched(name: "light", description: "Dark text", problem: nil))
        #expect(model.message?.text == "Theme: light — Dark text (t for the next one)")
    }
}
