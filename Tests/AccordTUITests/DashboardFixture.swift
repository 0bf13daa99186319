import Foundation
@testable import AccordCore
@testable import AccordTUI

/// A dashboard on the sample data in memory, on a fixed day.
enum DashboardFixture {
    /// 2026-11-22, 12:00 UTC.
    static let now: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_348_800) }

    static func sampleStore() -> Store {
        var ledger = Ledger()
        try! ledger.apply(.change, try! SampleData.change(for: ledger.state))
        return Store(ledger: Ledger(state: ledger.state), journal: nil, now: now)
    }

    /// The index is built on the first search, on the test's thread: a search is answered at once
    /// (`SearchWhileIndexingTests` covers one asked while it is built on another core).
    static func dashboard(width: Int = 80, height: Int = 24, store: Store = sampleStore(), mouseEnabled: Bool = true,
                          language: Language = .en) -> DashboardRuntime {
        DashboardRuntime(store: store, width: width, height: height, mouseEnabled: mouseEnabled, indexInBackground: false, language: language)
    }

    /// The sample data's model and state, without a runtime or a store (for pure `update` tests).
    static func pure(width: Int = 80, height: Int = 24, readOnlyReason: ReadOnlyReason? = nil) -> PureDashboard {
        let store = sampleStore()
        return PureDashboard(model: DashboardModel(state: store.state, today: store.today, width: width, height: height,
                                                   readOnlyReason: readOnlyReason),
                             state: store.state)
    }
}

/// A model and the data it is shown with: `update` called directly, nothing performed.
struct PureDashboard {
    var model: DashboardModel
    var state: AccordState

    /// Sends one message; returns the effects asked for.
    @discardableResult
    mutating func send(_ message: Message) -> [Effect] {
        DashboardUpdate.update(&model, message, in: state)
    }

    /// Presses keys; returns the effects of the last.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = send(.key(key)) }
        return effects
    }

    /// Applies `events` to the data as the store would, and sends the committed record.
    @discardableResult
    mutating func commit(_ events: [Event], label: String = "change", seq: Int = 1) throws -> [Effect] {
        let change = Change(label: label, events: events)
        let inverse = try Reducer.apply(change, to: &state)
        return send(.recordsCommitted([CommittedRecord(record: JournalRecord(seq: seq, at: "2026-11-22T10:00:00Z", kind: .change,
                                                                              change: change), inverse: inverse)]))
    }
}

/// Reading the model in tests as a person reads the screen.
extension DashboardRuntime {
    var focus: PaneID { model.focus }
    var message: StatusMessage? { model.message }
    var layout: DashboardLayout { model.layout }
    var search: SearchState? { model.search }
    var partnerRows: [String?] { model.partnerRows }
    var agreementRows: [String] { model.agreementRows }
    var checklistRows: [ChecklistRow] { model.checklistRows }
    var selectedPartnerID: String? { model.selectedPartnerID }
    var selectedAgreementID: String? { model.selectedAgreementID }
    var selectedChecklistRow: ChecklistRow? { model.selectedChecklistRow }
    var selectedItemID: String? { model.selectedItemID }
    var totals: Totals { model.totals }
    func paneState(_ id: PaneID) -> PaneState { model.paneState(id) }

    /// The open form, if the dashboard is in form mode.
    /// What the open form shows besides its fields (its suggestion), if a form is open.
    var formModel: FormViewModel? { form.map { FormViewModel($0, in: state) } }

    var form: ItemForm? {
        if case .form(let form) = model.mode { return form }
        return nil
    }

    /// The open confirmation, if any.
    var confirm: ConfirmDialog? {
        if case .confirm(let dialog) = model.mode { return dialog }
        return nil
    }

    var overview: Overview? { model.overview }

    /// Types `text` key by key.
    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// Selects the checklist row of `id` with j/k, as a person would.
    func selectChecklistRow(_ row: ChecklistRow) {
        press(.character("3"))
        press(.character("g"))
        while model.selectedChecklistRow != row, model.paneState(.checklist).selection < model.checklistRows.count - 1 {
            press(.character("j"))
        }
    }
}
