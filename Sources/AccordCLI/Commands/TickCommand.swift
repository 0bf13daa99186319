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
        let session = try Session(global, write: true)
        try requireAction(id, in: session.state)
        let change = try session.store.tick(id)
        Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
    }
}

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: "Mark a done action open again.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the action.")
    var id: String

    func run() throws {
        let session = try Session(global, write: true)
        try requireAction(id, in: session.state)
        let change = try session.store.untick(id)
        Console.out("\(SafeText.escaped(change.label)) (\(id)) — 'accord undo' undoes it.")
    }
}

/// Refuses an id that is not an action, saying what it is instead.
func requireAction(_ id: String, in state: AccordState) throws {
    guard let kind = state.kind(of: id) else {
        throw CLIError("no action has the id '\(id)' (see 'accord list actions').")
    }
    guard kind == .action else {
        throw CLIError("'\(id)' is a \(kind.rawValue), not an action; only actions are ticked (see 'accord show \(id)').")
    }
}
