import AccordCore
import ArgumentParser

/// `accord show ID`
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: Phrases.help.showAbstract.text,
        usage: "accord show <id> [--json] [--hyperlinks auto|always|never] [--data <dir>]")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.itemID))
    var id: String

    @Flag(help: ArgumentHelp(Phrases.help.printJSON))
    var json = false

    @Option(help: ArgumentHelp(Phrases.help.globalHyperlinks, valueName: "when"))
    var hyperlinks: Hyperlinks.Mode = .auto

    func run() throws {
        let session = try Session(global, write: false, history: false, scope: .items([id]))
        let state = session.state
        let (id, kind) = try session.resolve(self.id)
        let describer = ItemDescriber(state: state, today: session.store.today,
                                      hyperlinks: Hyperlinks(mode: hyperlinks), dataDirectory: session.directory)
        Console.out(json ? try describer.json(id, kind: kind) : describer.text(id, kind: kind))
    }
}
