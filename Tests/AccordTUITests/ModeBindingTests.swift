import Testing
@testable import AccordCore
@testable import AccordTUI

/// In every mode, one table drives the keys, the status-bar hints and the `?` help.
@Suite struct ModeBindingTests {
    /// Brings a fresh dashboard into each mode, by keys.
    static let modes: [(name: String, keys: [Key])] = [
        ("panes", []),
        ("overview", [.character("o")]),
        ("search line", [.character("/")]),
        ("form", [.character("a")]),
        ("confirmation", [.character("d")]),
        ("details", [.enter]),
    ]

    /// Every line of the help box, scrolling through it.
    private func helpText(_ d: DashboardRuntime) -> String {
        var text = ""
        for _ in 0..<8 {
            text += d.frame.text
            d.press(.pageDown)
        }
        return text
    }

    @Test(arguments: modes.map(\.name))
    func helpShowsTheCurrentModesBindings(mode name: String) throws {
        let d = DashboardFixture.dashboard(width: 120, height: 40)
        for key in Self.modes.first(where: { $0.name == name })!.keys { d.press(key) }
        let mode = d.model.mode
        #expect(mode.name == name)
        // `?` types in a text field: there F1 (or Ctrl-G) opens the help.
        let textEntry = name == "form" || name == "search line"
        d.press(textEntry ? .function(1) : .character("?"))
        guard case .help(_, let over) = d.model.mode else {
            Issue.record("no help in \(name): \(d.model.mode)")
            return
        }
        #expect(over == mode)
        #expect(d.frame.text.contains("Keys — \(name)"))
        let rows = DashboardUpdate.helpRows(for: mode, in: d.model)
        #expect(!rows.isEmpty)
        let shown = helpText(d)
        for row in rows {
            #expect(shown.contains(row.description), "\(name) help lacks '\(row.description)'")
            #expect(shown.contains(row.keys), "\(name) help lacks '\(row.keys)'")
        }
        // Closing the help goes back to the mode beneath, as it was.
        d.press(.escape)
        #expect(d.model.mode == mode)
    }

    @Test func everyKeyOfTheTablesGivesItsRowsCommand() {
        let model = DashboardFixture.pure().model
        func check<Command>(_ table: BindingTable<Command>) {
            for binding in table.bindings {
                for entry in binding.entries {
                    let resolved = table.resolve(entry.key, in: model)
                    #expect(resolved == .command(entry.command), "\(entry.key.label) is not wired to '\(binding.description)'")
                }
            }
            let keys = table.bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in one table")
        }
        check(Bindings.panes)
        check(Bindings.overview)
        check(Bindings.details)
        check(Bindings.help)
        check(Bindings.searchLine)
        check(Bindings.form)
        check(Bindings.confirm)
        #expect(Bindings.panes.resolve(.backTab, in: model) == .command(.focusPrevious))
    }

    @Test(arguments: modes.map(\.name))
    func theStatusBarShowsTheModesHints(mode name: String) {
        let d = DashboardFixture.dashboard(width: 120, height: 30)
        for key in Self.modes.first(where: { $0.name == name })!.keys { d.press(key) }
        let status = d.frame.lines.last!
        let hints = DashboardUpdate.hints(in: d.model)
        if name == "search line" {
            #expect(status.contains("type to search"), "the search line shows the query, not hints")
            return
        }
        #expect(!hints.isEmpty)
        for hint in hints { #expect(status.contains(hint.text), "\(name): status bar lacks \(hint.text)") }
    }

    /// At 80 columns the help box is 72 wide: every row fits on one line, keys and words.
    @Test func theHelpAndDetailsBoxesGoToTheirTopAndBottom() {
        var d = DashboardFixture.pure(width: 80, height: 24)
        d.press(.character("?"))
        func scroll(_ model: DashboardModel) -> Int? {
            switch model.mode {
            case .help(let scroll, _), .details(_, let scroll): return scroll
            default: return nil
            }
        }
        let box = OverlayBoxModel.shown(in: d.model, d.state)!
        let bottom = box.maxScroll(screenWidth: 80, screenHeight: 24)
        #expect(bottom > 3, "the panes' keys do not fit in one box at 80×24")
        for (key, expected) in [(Key.character("G"), bottom), (.character("k"), bottom - 1), (.character("g"), 0),
                                (.end, bottom), (.character("j"), bottom), (.home, 0), (.character("k"), 0)] {
            d.press(key)
            #expect(scroll(d.model) == expected, "\(key.label)")
        }
        d.press(.escape)
        d.press(.character("2")); d.press(.enter)
        guard case .details = d.model.mode else {
            Issue.record("Enter opens the details")
            return
        }
        let detailsBottom = OverlayBoxModel.shown(in: d.model, d.state)!.maxScroll(screenWidth: 80, screenHeight: 24)
        d.press(.character("G"))
        #expect(scroll(d.model) == detailsBottom && detailsBottom > 0)
        d.press(.character("g"))
        #expect(scroll(d.model) == 0)
    }

    @Test func everyHelpRowFitsOnOneLineAt80Columns() {
        let model = DashboardFixture.pure().model
        for table in [Bindings.panes, Bindings.overview, Bindings.form, Bindings.confirm, Bindings.searchLine, Bindings.details, Bindings.help]
            as [any HintsAndHelp] {
            let tableRows = table.helpRows(in: model)
            let keyWidth = tableRows.map { DisplayWidth.of($0.keys) }.max() ?? 0
            for row in tableRows {
                #expect(keyWidth + 3 + DisplayWidth.of(row.description) <= 68, "'\(row.description)' wraps at 80 columns")
            }
        }
    }

    @Test func aFormsEnterHintFollowsTheFocusedField() {
        let d = DashboardFixture.dashboard(width: 120, height: 30)
        d.press(.character("3")); d.press(.character("j")); d.press(.character("N"))
        #expect(d.frame.lines.last!.contains("Enter new line") && d.frame.lines.last!.contains("Ctrl-S save"))
        d.press(.escape); d.press(.character("e"))
        #expect(d.frame.lines.last!.contains("Enter save") && !d.frame.lines.last!.contains("Ctrl-S"))
    }

    @Test func onReadOnlyDataAKeyThatChangesDataSaysWhyAndTheHelpMarksIt() throws {
        var d = DashboardFixture.pure(width: 100, height: 30, readOnlyReason: .requested)
        for key: Key in [.character("a"), .character("e"), .character("d"), .character("N"), .character("u"), .control("r")] {
            let effects = d.press(key)
            #expect(effects.isEmpty && d.model.mode == .panes, "\(key.label) acted on read-only data")
            #expect(d.model.message == StatusMessage("Read-only: the data was opened read-only.", isError: true))
        }
        let model = d.model
        let rows = Bindings.panes.helpRows(in: model)
        #expect(rows.first { $0.keys == "a" }?.disabled == "read-only")
        #expect(rows.first { $0.keys == "j / ↓" }?.disabled == nil)
        #expect(Bindings.panes.hints(in: model).first { $0.text == "a add" }?.enabled == false)
    }
}
