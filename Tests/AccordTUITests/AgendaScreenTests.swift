import Foundation
import Testing
@testable import AccordCore
@testable import AccordTUI

/// The agenda (`D`), the overview's link to it, and opening links (`O`, 1–9 in the details box).
@Suite struct AgendaScreenTests {
    /// The sample on 2026-11-22 with deadlines to come: a weekly recurring action from 2026-11-23,
    /// a notice date on 2026-12-15 (UIMM renewed until 2027-06-15 with 6 months' notice),
    /// and two links on UPEC × GOSB (one in the sample, one added).
    private func store() throws -> Store {
        let store = DashboardFixture.sampleStore()
        var weekly = Action(id: "point", commitmentID: "uo-talents", title: "Point hebdomadaire", rank: store.state.nextRank)
        weekly.repeats = Recurrence(text: "every 1 week from 2026-11-22")
        var uimm = store.state.agreements["uimm-ul"]!
        uimm.termStart = Day("2022-06-15")
        var upec = store.state.agreements["upec-gosb"]!
        upec.links.append(ItemLink(target: "conventions/upec.pdf", label: "PDF signé"))
        try store.perform(Change(label: "setup", events: [.actionCreated(weekly), .agreementUpdated(uimm, fields: ["termStart"]),
                                                          .agreementUpdated(upec, fields: ["links"])]))
        return store
    }

    private func texts(_ overview: Overview) -> [String] {
        overview.lines.map { line in
            switch line.content {
            case .heading(let text), .text(let text, _): return text
            case .progress(let label, _, _, _): return label
            case .blank: return ""
            }
        }
    }

    @Test func theAgendaListsSectionsByWeekAndEnterOpensTheItem() throws {
        let d = DashboardFixture.dashboard(store: try store())
        d.press(.character("D"))
        let agenda = try #require(d.overview)
        #expect(agenda.screen == .agenda)
        let lines = texts(agenda)
        let headings = lines.filter { $0.hasPrefix("Overdue") || $0.hasPrefix("This week") || $0.hasPrefix("This month") || $0.hasPrefix("Next") }
        #expect(headings.map { String($0.prefix(6)) } == ["Overdu", "This w", "This m", "Next t"], "\(headings)")
        #expect(lines.contains("week of 2026-12-14"))
        #expect(lines.contains { $0.hasPrefix("◷ 2026-12-15  notice") && $0.contains("UIMM Lorraine") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("↻ 2026-11-22  action") && $0.contains("Point hebdomadaire") })
        #expect(lines.filter { $0.contains("Point hebdomadaire") }.count == 14, "a line per week up to 2027-02-22")
        // Enter on an occurrence opens its series in the Checklist.
        let index = try #require(agenda.lines.firstIndex { texts(Overview(lines: [$0])).first?.contains("2026-11-22") == true })
        for _ in 0..<agenda.lines[..<index].filter({ $0.itemID != nil }).count { d.press(.character("j")) }
        #expect(d.overview?.selectedItemID == "point")
        d.press(.enter)
        #expect(d.overview == nil && d.selectedChecklistRow == .action("point") && d.focus == .checklist)
        // D from the agenda goes back to the panes.
        d.press(.character("D"))
        d.press(.character("D"))
        #expect(d.overview == nil)
    }

    @Test func theOverviewsAgendaLineOpensTheAgenda() throws {
        let d = DashboardFixture.dashboard(store: try store())
        d.press(.character("o"))
        let overview = try #require(d.overview)
        #expect(texts(overview).contains("Agenda: 6 overdue · 1 this week · 1 this month · 13 later (D)"), "\(texts(overview))")
        #expect(overview.selectedItemID == "upmc-opticsvalley", "the first agreement starts selected")
        d.press(.character("k"))
        #expect(d.overview?.selectionOpensAgenda == true)
        d.press(.enter)
        #expect(d.overview?.screen == .agenda)
    }

    @Test func tickingTheSeriesTicksOneOccurrenceOnly() throws {
        let store = try store()
        let d = DashboardFixture.dashboard(store: store)
        d.selectChecklistRow(.action("point"))
        d.press(.character(" "))
        #expect(store.state.actions["point-2026-11-22"]?.isDone == true)
        #expect(store.state.actions["point"]?.due == Day("2026-11-29"))
        #expect(d.checklistRows.contains(.action("point-2026-11-22")), "the done occurrence is a row of its own")
    }

    @Test func openingLinksOneAtOnceOrChosenInTheDetails() throws {
        let d = DashboardFixture.dashboard(store: try store())
        var opened: [ItemLink] = []
        d.onOpenLink = { link in opened.append(link); return link.isURL ? nil : "the file 'x' does not exist." }
        // Two links: the details box lists them, 2 opens the second.
        d.press(.character("2"))
        d.press(.character("j"))
        #expect(d.selectedAgreementID == "upec-gosb")
        d.press(.character("O"))
        guard case .details(let id, _) = d.model.mode else { Issue.record("no details box"); return }
        #expect(id == "upec-gosb")
        #expect(d.message?.text == "2 links: press 1–2 to open one.")
        d.press(.character("j"))
        #expect(d.frame.text.contains("1–9 open link"), "the hint, once the message is gone")
        d.press(.character("2"))
        #expect(opened.map(\.target) == ["conventions/upec.pdf"])
        #expect(d.message?.text == "the file 'x' does not exist." && d.message?.isError == true)
        d.press(.character("1"))
        #expect(d.message?.text.hasPrefix("Opened Article du Hub") == true)
        d.press(.character("9"))
        #expect(d.message?.text == "No link number 9 (there are 2).")
        // No link: said, nothing opened.
        d.press(.escape)
        d.press(.character("j"))
        d.press(.character("O"))
        #expect(d.message?.text == "No link on this item; e adds one (Links field).")
        #expect(opened.count == 2)
    }

    @Test func renewingAnAgreementAsksThenStartsANewTermThatUndoes() throws {
        let store = DashboardFixture.sampleStore()
        let d = DashboardFixture.dashboard(store: store)
        d.press(.character("3"))
        d.press(.character("R"))
        #expect(d.message?.text == "Select an agreement to renew (pane 2).", "R renews from the Agreements pane")
        d.press(.character("2"))
        for _ in 0..<d.agreementRows.firstIndex(of: "uimm-ul")! { d.press(.character("j")) }
        d.press(.character("R"))
        let dialog = try #require(d.confirm)
        #expect(dialog.title == "Renew the agreement?")
        #expect(dialog.lines.contains("A new term from 2025-06-09 to 2030-06-09, with the same commitments."))
        d.press(.character("y"))
        #expect(store.state.agreements["uimm-ul"]?.termStart == Day("2025-06-09"))
        #expect(store.state.agreements["uimm-ul"]?.status == .renewed)
        #expect(store.state.commitments.values.filter { $0.agreementID == "uimm-ul" }.count == 7, "the same commitments")
        #expect(d.message?.text.hasPrefix("Renewed 'UIMM Lorraine") == true)
        d.press(.character("u"))
        #expect(store.state.agreements["uimm-ul"]?.termStart == nil && store.state.agreements["uimm-ul"]?.status == .active)
        // An agreement without an end cannot be renewed: said, nothing asked.
        d.press(.character("g"))
        d.press(.character("R"))
        #expect(d.confirm == nil && d.message?.text == "agreement 'upmc-opticsvalley' has no end to renew from: give it a signing date and a term first.")
    }

    @Test func theAgendaAt80x24InBothLanguages() throws {
        for (language, name) in [(Language.en, "agenda-80x24"), (.fr, "fr-agenda-80x24")] {
            let d = DashboardFixture.dashboard(store: try store(), language: language)
            d.press(.character("D"))
            Golden.check(d.frame, name)
        }
    }
}
