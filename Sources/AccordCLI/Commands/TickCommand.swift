import AccordCore
import ArgumentParser
import Foundation

/// `accord tick ID… [--on DAY]`: one change for all the ids (one undo), every id checked first.
struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: Phrases.help.tickAbstract.text,
        usage: "accord tick <id>... [--on <day>] [--data <dir>] [--lang <language>]")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.actionIDs))
    var ids: [String]

    @Option(help: ArgumentHelp(Phrases.help.tickOn, valueName: "day"))
    var on: String?

    func run() throws {
        let session = try Session(global, write: true, scope: .items(ids))
        let actions = try ids.map { try actionID($0, in: session.state) }
        let today = session.store.today
        var day: Day?
        if let on {
            guard let read = DateInput.day(on, today: today, direction: .back) else {
                throw CLIError(Phrases.command.notADay(["reason": Phrases.core.notADate(["text": SafeText.escaped(on), "today": today])]))
            }
            guard read <= today else {
                throw CLIError(Phrases.command.notADay(["reason": Phrases.core.doneInFuture(["day": read, "today": today])]))
            }
            day = read
        }
        let unique = actions.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let change = try session.store.tick(unique, on: day)
        Console.out(Phrases.command.savedUndo(["label": SafeText.escaped(change.label), "id": unique.joined(separator: ", ")]))
    }
}

/// `accord untick ID [--yes]`: an action done on another day asks first (that date is forgotten).
struct UntickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untick", abstract: Phrases.help.untickAbstract.text,
        usage: "accord untick <id> [--yes] [--data <dir>] [--lang <language>]")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.actionID))
    var id: String

    @Flag(help: ArgumentHelp(Phrases.help.untickYes))
    var yes = false

    func run() throws {
        let session = try Session(global, write: true, scope: .items([id]))
        let id = try actionID(self.id, in: session.state)
        if !yes, let action = session.state.actions[id], let doneOn = action.doneOn, doneOn != session.store.today {
            guard isatty(0) == 1 else {
                throw CLIError(Phrases.command.untickNeedsYes(["id": id, "day": doneOn]))
            }
            guard Console.ask(Phrases.command.untickPrompt(["title": SafeText.escaped(action.title), "day": doneOn])) else {
                Console.out(Phrases.command.nothingChanged.text)
                return
            }
        }
        let change = try session.store.untick(id)
        Console.out(Phrases.command.savedUndo(["label": SafeText.escaped(change.label), "id": id]))
    }
}

/// The action `text` names; refuses an id that is nothing, or not an action.
private func actionID(_ text: String, in state: AccordState) throws -> String {
    guard let id = state.itemID(named: text), let kind = state.kind(of: id) else {
        throw CLIError(Phrases.command.noActionID(["id": SafeText.escaped(text)]))
    }
    guard kind == .action else {
        throw CLIError(Phrases.command.notAnAction(["id": id, "kind": kind.withArticle]))
    }
    return id
}
