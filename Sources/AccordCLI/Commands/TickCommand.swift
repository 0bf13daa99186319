import AccordCore
import ArgumentParser

/// `accord tick ID` and `accord untick ID`
struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: "Mark an action done (today).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the action.")
    var id: String

    func run() throws {
        try toggle(id, done: true, options: global)
    }
}

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: "Mark a done action open again.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the action.")
    var id: String

    func run() throws {
        try toggle(id, done: false, options: global)
    }
}

/// Ticks or unticks one action and says so; refuses an id that is not an action.
private func toggle(_ text: String, done: Bool, options: GlobalOptions) throws {
    let session = try Session(options, write: true)
    guard let id = session.state.itemID(named: text), let kind = session.state.kind(of: id) else {
        throw CLIError("no action has the id '\(SafeText.escaped(text))' (see 'accord list actions').")
    }
    guard kind == .action else {
        throw CLIError("'\(id)' is \(kind.withArticle), not an action; only actions are ticked (see 'accord show \(id)').")
    }
    let change = done ? try session.store.tick(id) : try session.store.untick(id)
    Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
}
