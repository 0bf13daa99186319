import AccordCore
import ArgumentParser

/// `accord tick ID` and `accord untick ID`
struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: Phrases.help.tickAbstract.text)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.actionID))
    var id: String

    func run() throws {
        try toggle(id, done: true, options: global)
    }
}

struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: Phrases.help.untickAbstract.text)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.actionID))
    var id: String

    func run() throws {
        try toggle(id, done: false, options: global)
    }
}

/// Ticks or unticks one action and says so; refuses an id that is not an action.
private func toggle(_ text: String, done: Bool, options: GlobalOptions) throws {
    let session = try Session(options, write: true, scope: .items([text]))
    guard let id = session.state.itemID(named: text), let kind = session.state.kind(of: id) else {
        throw CLIError(Phrases.command.noActionID(["id": SafeText.escaped(text)]))
    }
    guard kind == .action else {
        throw CLIError(Phrases.command.notAnAction(["id": id, "kind": kind.withArticle]))
    }
    let change = done ? try session.store.tick(id) : try session.store.untick(id)
    Console.out(Phrases.command.savedUndo(["label": SafeText.escaped(change.label), "id": id]))
}
