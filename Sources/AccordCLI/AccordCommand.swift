import AccordCore
import ArgumentParser

/// `accord`: with no subcommand, the overview of every agreement.
struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Follow partnership agreements, their commitments and actions.",
        discussion: "With no subcommand, prints an overview of every agreement.",
        subcommands: [ListCommand.self, ShowCommand.self, TickCommand.self, UntickCommand.self,
                      UndoCommand.self, RedoCommand.self, ImportCommand.self, ExportCommand.self,
                      JournalCommand.self])

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session(global, write: false)
        Console.out(OverviewText.render(session.state, today: session.store.today))
    }
}
