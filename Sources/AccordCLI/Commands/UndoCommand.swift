import AccordCore
import ArgumentParser
import Foundation

/// `accord undo [--yes]` and `accord redo [--yes]`: the history survives restarts. One that
/// removes more than a few items (undoing an import) asks first on a terminal, and needs
/// `--yes` otherwise.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: Phrases.help.undoAbstract.text)

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(Phrases.help.undoYes))
    var yes = false

    func run() throws {
        try step(.undo, options: global, yes: yes)
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo", abstract: Phrases.help.redoAbstract.text)

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(Phrases.help.redoYes))
    var yes = false

    func run() throws {
        try step(.redo, options: global, yes: yes)
    }
}

/// How many items an undo or redo may remove without asking.
private let askAbove = 3

/// Undoes or redoes one change and says which.
private func step(_ kind: RecordKind, options: GlobalOptions, yes: Bool) throws {
    let session = try Session(options, write: true, scope: kind == .undo ? .undo : .redo)
    let store = session.store
    let words = Phrases.command
    let verb = (kind == .undo ? words.verbUndo : words.verbRedo).text
    guard let pending = try? store.ledger.pending(kind) else { throw CLIError(words.nothingToVerb(["verb": verb])) }
    let removals = ItemCounts(removedBy: pending)
    if removals.total > askAbove, !yes {
        let what = words.removesMany(["label": SafeText.escaped(pending.label), "what": removals.description])
        guard isatty(0) == 1 else {
            throw CLIError(words.undoNeedsYes(["verb": verb, "what": what]))
        }
        guard Console.ask(words.undoPrompt(["verb": verb, "what": what])) else {
            Console.out(words.nothingChanged.text)
            return
        }
    }
    // A colleague changed the same field since: said, not asked (their value is in the journal log).
    if let journal = store.journal, let warning = store.undoWarning(kind, names: ReplicaNames.load(journal.layout)) {
        Console.error(words.warningNote(["warning": SafeText.escaped(warning)]))
    }
    if kind == .undo {
        Console.out(words.undone(["what": SafeText.escaped(RecordKind.undo.describe(try store.undo().label))]))
    } else {
        Console.out("\(SafeText.escaped(RecordKind.redo.describe(try store.redo().label))).")
    }
}
