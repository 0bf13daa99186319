import AccordCore
import ArgumentParser
import Foundation

/// `accord undo [--yes]` and `accord redo [--yes]`: the history survives restarts. One that
/// removes more than a few items (undoing an import) asks first on a terminal, and needs
/// `--yes` otherwise.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change (also one made in an earlier run).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Do not ask, even when the undo removes many items.")
    var yes = false

    func run() throws {
        try step(.undo, options: global, yes: yes)
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo", abstract: "Redo the last undone change.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Do not ask, even when the redo removes many items.")
    var yes = false

    func run() throws {
        try step(.redo, options: global, yes: yes)
    }
}

/// How many items an undo or redo may remove without asking.
private let askAbove = 3

/// Undoes or redoes one change and says which.
private func step(_ kind: RecordKind, options: GlobalOptions, yes: Bool) throws {
    let session = try Session(options, write: true)
    let store = session.store
    let verb = kind == .undo ? "undo" : "redo"
    guard let pending = try? store.ledger.pending(kind) else { throw CLIError("there is nothing to \(verb).") }
    let removals = ItemCounts(removedBy: pending)
    if removals.total > askAbove, !yes {
        let what = "'\(SafeText.escaped(pending.label))' removes \(removals.description)"
        guard isatty(0) == 1 else {
            throw CLIError("this \(verb) of \(what); add --yes to confirm. Nothing was changed.")
        }
        Console.prompt("The \(verb) of \(what). Go ahead? [y/N] ")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
            Console.out("Nothing was changed.")
            return
        }
    }
    // A colleague changed the same field since: said, not asked (their value is in the journal log).
    if let journal = store.journal, let warning = store.undoWarning(kind, names: ReplicaNames.load(journal.layout)) {
        Console.error("accord: note: \(SafeText.escaped(warning)).")
    }
    if kind == .undo {
        Console.out("\(SafeText.escaped(RecordKind.undo.describe(try store.undo().label))) — 'accord redo' redoes it.")
    } else {
        Console.out("\(SafeText.escaped(RecordKind.redo.describe(try store.redo().label))).")
    }
}
