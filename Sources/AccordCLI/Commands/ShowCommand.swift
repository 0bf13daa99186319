import AccordCore
import ArgumentParser

/// `accord show ID`
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one partner, agreement, commitment or action in full.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of the item (any case), or a partner's short name.")
    var id: String

    @Flag(help: "Print JSON (see docs/FORMAT.md).")
    var json = false

    func run() throws {
        let session = try Session(global, write: false, history: false)
        let state = session.state
        let (id, kind) = try session.resolve(self.id)
        let describer = ItemDescriber(state: state, today: session.store.today)
        Console.out(json ? try describer.json(id, kind: kind) : describer.text(id, kind: kind))
    }
}
