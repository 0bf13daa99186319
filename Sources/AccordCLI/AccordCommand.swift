import AccordCore
import ArgumentParser
import Foundation

/// `accord`: with no subcommand, the overview of every agreement.
struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Follow partnership agreements, their commitments and actions.",
        usage: """
            accord [--data <dir>] [--theme <name|path>] [--no-mouse] [--empty]
            accord <subcommand> [<options>]
            """,
        discussion: """
            With no subcommand, opens the dashboard (or, when output is not a terminal, prints an overview).
            """,
        subcommands: [ListCommand.self, ShowCommand.self, TickCommand.self, UntickCommand.self,
                      AddCommand.self, EditCommand.self, DeleteCommand.self, NoteCommand.self, ReportCommand.self,
                      UndoCommand.self, RedoCommand.self, SearchCommand.self, ImportCommand.self, ExportCommand.self, ThemesCommand.self, GenerateCommand.self,
                      WatchCommand.self, SyncCommand.self, ConflictsCommand.self, ReplicaCommand.self, JournalCommand.self])

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("no-mouse"), help: "Do not use the mouse in the dashboard.")
    var noMouse = false

    @Option(help: ArgumentHelp("The dashboard's colour theme: a name from 'accord themes' or a theme file (default: $ACCORD_THEME, else config.yaml).",
                               valueName: "name|path"))
    var theme: String?

    func run() throws {
        let session = try Session(global, write: false)
        // The dashboard draws on standard output: `accord | cat` and `accord > file` print the overview.
        if isatty(1) == 1 {
            try DashboardRunner.run(session, themeFlag: theme, noMouse: noMouse)
        } else {
            Console.out(OverviewText.render(session.state, today: session.store.today))
        }
    }
}
