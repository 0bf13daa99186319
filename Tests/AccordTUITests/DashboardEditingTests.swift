import Foundation
import Testing
@testable import AccordCore
@testable import AccordTUI

/// Creating, editing, noting and deleting through keys, as a person would.
@Suite struct DashboardEditingTests {
    @Test func createAnAgreementWithItsChecklistEntirelyByKeysThenUndoEachStep() throws {
        let d = DashboardFixture.dashboard()
        let before = d.state
        // Agreement: from the Agreements pane.
        d.press(.character("2")); d.press(.character("a"))
        #expect(d.form?.draft.kind == .agreement)
        d.type("Convention d'été")
        d.press(.tab); d.type("up"); d.press(.right)        // takes the suggestion: upmc
        d.type("opt"); d.press(.right)                        // opticsvalley
        d.press(.tab); d.press(.tab); d.type("2025-09-01")
        d.press(.tab); d.type("3")
        d.press(.enter)
        #expect(d.form == nil, "\(String(describing: d.form?.error))")
        let agreement = try #require(d.state.agreements["convention-d-ete"])
        #expect(agreement.signatories == ["upmc", "opticsvalley"])
        #expect(agreement.endDate == Day("2028-09-01"))
        #expect(d.selectedAgreementID == "convention-d-ete" && d.focus == .agreements)
        #expect(d.message == StatusMessage("Added agreement 'Convention d'été'", tail: "u to undo"))

        // Commitment: `a` in an empty checklist, category chosen by typing.
        d.press(.character("3")); d.press(.character("a"))
        #expect(d.form?.draft.kind == .commitment)
        d.type("Stages")
        d.press(.tab); d.press(.tab); d.type("in")           // category: internships
        d.press(.enter)
        let commitment = try #require(d.state.commitments["stages"])
        #expect(commitment.categoryID == "internships" && commitment.agreementID == "convention-d-ete")
        #expect(d.selectedChecklistRow == .commitment("stages"))

        // Action: `a` on the commitment.
        d.press(.character("a"))
        #expect(d.form?.draft.kind == .action)
        d.type("Publier les offres")
        d.press(.tab); d.press(.tab); d.type("2026-12-15")
        d.press(.enter)
        #expect(d.state.actions["publier-les-offres"]?.due == Day("2026-12-15"))
        #expect(d.selectedChecklistRow == .action("publier-les-offres"))

        // Note: multi-line, Enter is a new line, Ctrl-S saves.
        d.press(.character("N"))
        d.type("Appel fait"); d.press(.enter); d.type("Relance en mai")
        #expect(d.form != nil)
        d.press(.control("s"))
        #expect(d.state.actions["publier-les-offres"]?.note == "Appel fait\nRelance en mai")

        for _ in 0..<4 { d.press(.character("u")) }
        // Ranks handed out stay handed out (nextRank), so compare the items.
        let restored = d.state.agreements == before.agreements && d.state.commitments == before.commitments
            && d.state.actions == before.actions && d.state.partners == before.partners
        #expect(restored, "each step undoes as one unit")
    }

    @Test func savingAFormAsItWasOpenedClosesItAndMakesNoUndoStep() throws {
        let store = DashboardFixture.sampleStore()
        let d = DashboardFixture.dashboard(store: store)
        let undoDepth = store.ledger.undoStack.count
        d.press(.character("2")); d.press(.character("e"))
        #expect(d.form?.draft.kind == .agreement)
        d.press(.enter)
        #expect(d.form == nil, "\(String(describing: d.form?.error))")
        #expect(d.message?.text == "Nothing changed.")
        #expect(store.ledger.undoStack.count == undoDepth, "no undoable step for an edit that changes nothing")
    }

    @Test func referenceFieldsSuggestAndASingleValueFieldTakesOneValue() throws {
        let d = DashboardFixture.dashboard()
        // An action for "Former aux métiers du digital", named by typing its first word.
        d.press(.character("3")); d.press(.character("a"))
        d.type("Atelier")
        d.press(.tab)
        #expect(d.form?.focusedField == .commitment)
        d.press(.control("u")); d.type("Former")
        #expect(d.formModel?.suggestion?.id == "mn-digital", "\(String(describing: d.formModel?.suggestion))")
        #expect(d.frame.lines.contains { $0.contains("→ mn-digital — Former aux métiers du digital") })
        d.press(.right)
        #expect(d.form?.editor(.commitment).text == "mn-digital")
        d.press(.enter)
        #expect(d.form == nil, "\(String(describing: d.form?.error))")
        #expect(d.state.actions["atelier"]?.commitmentID == "mn-digital")

        // A commitment's owner is one partner: → takes it without a ", " for a next one.
        d.press(.character("2")); d.press(.character("g"))
        d.press(.character("3")); d.press(.character("A"))
        #expect(d.form?.draft.kind == .commitment)
        d.type("Forum")
        while d.form?.focusedField != .owner { d.press(.tab) }
        d.type("opt"); d.press(.right)
        #expect(d.form?.editor(.owner).text == "opticsvalley")
        d.press(.control("u")); d.type("enscm")
        d.press(.enter)
        #expect(d.form?.error?.field == .owner, "ENSCM does not sign the UPMC × Opticsvalley agreement")
        #expect(d.form?.error?.message.hasPrefix("'ENSCM' is not a partner of this agreement") == true)
    }

    @Test func aRefusalStaysInTheFormOnTheFieldAtFaultAndSavesNothing() {
        let d = DashboardFixture.dashboard()
        let before = d.state
        d.press(.character("2")); d.press(.character("a"))
        d.type("Titre")
        d.press(.tab); d.type("upmc")                          // one signatory only
        d.press(.enter)
        #expect(d.form?.error?.field == .signatories)
        #expect(d.form?.focusedField == .signatories)
        #expect(d.form?.error?.message.contains("two different signatories") == true)
        let unchanged = d.state == before
        #expect(unchanged)
        d.type(", nobody"); d.press(.enter)
        #expect(d.form?.error?.message.contains("'nobody'") == true)
        d.press(.escape)
        #expect(d.form == nil && d.message?.text == "Cancelled; nothing changed.")
        let stillUnchanged = d.state == before
        #expect(stillUnchanged)
    }

    @Test func editChangesTheSelectedItemInPlace() throws {
        let d = DashboardFixture.dashboard()
        d.press(.character("3"))
        let id = try #require(d.selectedChecklistRow?.itemID)
        d.press(.character("e"))
        #expect(d.form?.draft.editingID == id)
        #expect(d.form?.fields.contains(.id) == false, "ids cannot be edited")
        d.press(.control("u")); d.type("Nouveau titre")
        d.press(.enter)
        #expect(d.state.commitments[id]?.title == "Nouveau titre")
        #expect(d.message?.text.hasPrefix("Edited commitment 'Nouveau titre'") == true)
        d.press(.character("u"))
        #expect(d.state.commitments[id]?.title != "Nouveau titre")
    }

    @Test func deleteAsksWithCancelFocusedAndNamesWhatGoes() throws {
        let d = DashboardFixture.dashboard()
        let before = d.state
        let id = try #require(d.selectedAgreementID)
        d.press(.character("d"))
        let dialog = try #require(d.confirm)
        #expect(!dialog.confirmFocused)
        let deletion = try Deletion(of: id, in: before)
        #expect(dialog.lines.contains("This deletes \(deletion.whatGoes)."))
        #expect(deletion.commitmentCount > 0 && deletion.actionCount > 0)
        d.press(.enter)
        let kept = d.state == before
        #expect(d.confirm == nil && kept, "Enter on Cancel deletes nothing")
        d.press(.character("d")); d.press(.right); d.press(.enter)
        #expect(d.state.agreements[id] == nil)
        #expect(d.state.commitments.values.allSatisfy { $0.agreementID != id })
        d.press(.character("u"))
        let back = d.state.agreements == before.agreements && d.state.actions == before.actions
        #expect(back)
        d.press(.character("1")); d.press(.character("j")); d.press(.character("d"))
        #expect(d.confirm == nil && d.message?.isError == true, "a partner that still signs is refused, with the reason")
    }

    @Test func aReadOnlyStoreOpensNoForm() throws {
        let path = NSTemporaryDirectory() + "accord-readonly-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try Store.open(directory: path)
        try writer.perform(try SampleData.change(for: writer.state))
        let reader = try Store.open(directory: path, JournalOptions(readOnly: true))
        let d = DashboardFixture.dashboard(store: reader)
        d.press(.character("a"))
        #expect(d.form == nil && d.message?.text.hasPrefix("Read-only") == true)
        d.press(.character("3")); d.press(.character("N"))
        #expect(d.form == nil && d.message?.text.hasPrefix("Read-only") == true, "no note form either")
        _ = writer
    }

    @Test func overviewListsTotalsOverdueAndRecentChangesAndEnterOpensTheItem() throws {
        let d = DashboardFixture.dashboard()
        d.selectChecklistRow(.action("uo-h1"))
        #expect(d.selectedChecklistRow == .action("uo-h1"))
        d.press(.character(" "))
        #expect(d.message?.text.hasPrefix("Ticked") == true)
        d.press(.character("o"))
        let overview = try #require(d.overview)
        let texts = overview.lines.map { line -> String in
            switch line.content {
            case .heading(let text), .text(let text, _): return text
            case .progress(let label, let progress, _, _): return "\(label) \(progress.done)/\(progress.total)"
            case .blank: return ""
            }
        }
        #expect(texts.contains("Agreements (5)"))
        #expect(texts.contains("All actions 14/56"))
        #expect(texts.contains { $0.hasPrefix("Overdue (") })
        #expect(texts.contains { $0.contains("Ticked '") }, "the last change is listed")
        #expect(overview.selectedItemID == "upmc-opticsvalley")
        d.press(.character("j"))
        #expect(d.overview?.selectedItemID == "upec-gosb")
        d.press(.enter)
        #expect(d.overview == nil && d.selectedAgreementID == "upec-gosb" && d.focus == .agreements)
        d.press(.character("0")); d.press(.character("G"))
        let lastID = try #require(d.overview?.selectedItemID)
        d.press(.enter)
        #expect(d.selectedItemID == lastID)
    }
}
