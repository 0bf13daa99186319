import AccordCore
import ArgumentParser
import Foundation

/// `accord`: with no subcommand, the overview of every agreement.
struct AccordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: Phrases.help.accordAbstract.text,
        usage: """
            accord [--data <dir>] [--lang fr|en] [--theme <name|path>] [--no-mouse]
                   [--accessible] [--empty]
            accord <subcommand> [<options>]
            """,
        discussion: Phrases.help.accordDiscussion.text,
        version: AccordVersion.description,
        subcommands: [ListCommand.self, ShowCommand.self, TickCommand.self, UntickCommand.self,
                      AddCommand.self, EditCommand.self, DeleteCommand.self, NoteCommand.self, ReportCommand.self,
                      UndoCommand.self, RedoCommand.self, SearchCommand.self, DueCommand.self, RenewCommand.self, OpenCommand.self, ImportCommand.self, ExportCommand.self, ThemesCommand.self, GenerateCommand.self,
                      WatchCommand.self, SyncCommand.self, ConflictsCommand.self, ReplicaCommand.self, JournalCommand.self])

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("no-mouse"), help: ArgumentHelp(Phrases.help.noMouse))
    var noMouse = false

    @Flag(help: ArgumentHelp(Phrases.help.accessible))
    var accessible = false

    @Option(help: ArgumentHelp(Phrases.help.theme,
                               valueName: "name|path"))
    var theme: String?

    func run() throws {
        // The dashboard draws on standard output: `accord | cat` and `accord > file` print the overview.
        if isatty(1) == 1 {
            try DashboardRunner.run(global, themeFlag: theme, noMouse: noMouse, accessible: accessible)
        } else {
            let session = try Session(global, write: false)
            Console.out(OverviewText.render(session.state, today: session.store.today))
        }
    }
}
