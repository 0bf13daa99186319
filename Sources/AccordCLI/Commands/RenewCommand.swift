import AccordCore
import ArgumentParser

/// `accord renew ID [--years N]`: a new term from the end of the current one, as one change.
struct RenewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "renew", abstract: Phrases.help.renewAbstract.text,
                                                    usage: "accord renew <id> [--years <n>] [--data <dir>]")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.agreementIDArgument))
    var id: String

    @Option(help: ArgumentHelp(Phrases.help.renewYears))
    var years: Int?

    func validate() throws {
        if let years, !(1...100).contains(years) { throw ValidationError(Phrases.core.notYears(["text": "\(years)"])) }
    }

    func run() throws {
        let session = try Session(global, write: true)
        let state = session.state
        guard let agreementID = state.itemID(named: id), let agreement = state.agreements[agreementID] else {
            throw CLIError(Phrases.command.noAgreementID(["id": SafeText.escaped(id)]))
        }
        guard let change = agreement.renewal(on: session.store.today, years: years) else {
            throw CLIError(Phrases.core.noEndToRenew(["id": agreementID]))
        }
        try session.store.perform(change)
        let renewed = session.state.agreements[agreementID]!
        Console.out(Phrases.command.renewed(["title": SafeText.escaped(renewed.title), "start": renewed.termStart!,
                                             "end": renewed.endDate!]))
    }
}
