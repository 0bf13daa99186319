import Testing
@testable import AccordCore
@testable import AccordTUI

/// Changes that are easy to make by accident ask first: unticking an action done on another
/// day (its date would be lost), and an undo or redo that removes many items.
@Suite struct ConfirmationTests {
    @Test func unTickingAnActionDoneOnAnotherDayAsksAndKeepsTheDateWhenCancelled() {
        let d = DashboardFixture.dashboard()
        d.selectChecklistRow(.action("uo-s1"))
        #expect(d.state.actions["uo-s1"]?.doneOn == Day("2011-01-17"))
        d.press(.character(" "))
        let dialog = d.confirm
        #expect(dialog?.title == "Untick action?")
        #expect(dialog?.lines.contains("It was done on 2011-01-17; unticking it forgets that date.") == true)
        #expect(d.frame.text.contains("[ Untick ]"))
        d.press(.escape)
        #expect(d.state.actions["uo-s1"]?.doneOn == Day("2011-01-17"))
        #expect(d.message?.text == "Still done on 2011-01-17.")
        d.press(.character(" ")); d.press(.enter)
        #expect(d.state.actions["uo-s1"]?.doneOn == Day("2011-01-17"), "Enter on the focused Cancel changes nothing")
        d.press(.character(" ")); d.press(.character("y"))
        #expect(d.state.actions["uo-s1"]?.isDone == false)
        #expect(d.message?.text.hasPrefix("Unticked 'Diffuser les offres") == true)
        d.press(.character("u"))
        #expect(d.state.actions["uo-s1"]?.doneOn == Day("2011-01-17"), "u brings the date back")
    }

    @Test func anActionTickedTodayUnticksAtOnce() {
        let d = DashboardFixture.dashboard()
        d.selectChecklistRow(.action("uo-s2"))
        d.press(.character(" "))
        #expect(d.state.actions["uo-s2"]?.doneOn == d.model.today)
        d.press(.character(" "))
        #expect(d.confirm == nil && d.state.actions["uo-s2"]?.isDone == false)
    }

    @Test func anUndoThatRemovesManyItemsSaysWhatAndAsks() throws {
        var ledger = Ledger()
        try ledger.apply(.change, try SampleData.change(for: ledger.state))
        let store = Store(ledger: ledger, journal: nil, now: DashboardFixture.now)
        let d = DashboardFixture.dashboard(store: store)
        d.press(.character("u"))
        let dialog = try #require(d.confirm)
        #expect(dialog.title == "Undo the last change?")
        #expect(dialog.lines.contains("This removes 5 agreements, 30 partners, 27 commitments, 56 actions and 1 category."))
        #expect(!dialog.confirmFocused)
        d.press(.character("n"))
        #expect(d.state.agreements.count == 5 && d.message?.text == "Nothing undone.")
        d.press(.character("u")); d.press(.right); d.press(.enter)
        #expect(d.state.agreements.isEmpty, "confirmed: undone")
        #expect(d.message?.text.hasPrefix("Undid: Loaded the sample") == true)
        // Redoing it removes nothing: it goes ahead without asking.
        d.press(.control("r"))
        #expect(d.confirm == nil && d.state.agreements.count == 5)
    }

    @Test func aSmallUndoGoesAheadAndNothingToUndoSaysSo() {
        let d = DashboardFixture.dashboard()
        d.press(.character("u"))
        #expect(d.confirm == nil && d.message?.text == "Nothing to undo.")
        d.selectChecklistRow(.action("uo-s2"))
        d.press(.character(" ")); d.press(.character("u"))
        #expect(d.confirm == nil && d.state.actions["uo-s2"]?.isDone == false)
    }
}
