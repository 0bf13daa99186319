import AccordCore
import ArgumentParser

/// `accord undo` and `accord redo`: the history survives restarts.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change (also one made in an earlier run).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global, write: true)
        guard session.store.canUndo else { throw CLIError("there is nothing to undo.") }
        let change = try session.store.undo()
        Console.out("Undid: \(SafeText.escaped(change.label)) — 'accord redo' redoes it.")
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo", abstract: "Redo the last undone change.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global, write: true)
        guard session.store.canRedo else { throw CLIError("there is nothing to redo.") }
        let change = try session.store.redo()
        Console.out("Redid: \(SafeText.escaped(change.label)).")
    }
}
