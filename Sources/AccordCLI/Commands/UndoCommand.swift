import AccordCore
import ArgumentParser

/// `accord undo` and `accord redo`: the history survives restarts.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change (also one made in an earlier run).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try step(.undo, options: global)
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo", abstract: "Redo the last undone change.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try step(.redo, options: global)
    }
}

/// Undoes or redoes one change and says which.
private func step(_ kind: RecordKind, options: GlobalOptions) throws {
    let session = try Session(options, write: true)
    let store = session.store
    if kind == .undo {
        guard store.canUndo else { throw CLIError("there is nothing to undo.") }
        Console.out("\(SafeText.escaped(RecordKind.undo.describe(try store.undo().label))) — 'accord redo' redoes it.")
    } else {
        guard store.canRedo else { throw CLIError("there is nothing to redo.") }
        Console.out("\(SafeText.escaped(RecordKind.redo.describe(try store.redo().label))).")
    }
}
