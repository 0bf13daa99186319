import AccordCore
import ArgumentParser
import Foundation

/// `accord generate`: deterministic test data in the import format.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write generated agreements (about 10 actions each) in the import format, for benchmarks and tests.",
        usage: "accord generate [--agreements <n>] [--output <file>] [<options>]")

    @Option(help: "How many agreements (10,000 gives about 100,000 actions).")
    var agreements = 100

    @Option(help: "The seed: the same seed gives the same data.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Where to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: "yaml or json.")
    var format: ExportCommand.Format = .yaml

    func validate() throws {
        if agreements < 1 { throw ValidationError("--agreements must be at least 1.") }
    }

    func run() throws {
        var state = AccordState.withBuiltInCategories
        _ = try Reducer.apply(DataGenerator(agreements: agreements, seed: seed).change(for: state), to: &state)
        let document = ExportDocument(state)
        let text = format == .yaml ? try document.yaml() : try document.json()
        if let output {
            try OutputFile.write(text, to: output)
            Console.error("Wrote \(output): \(Plural.of(state.agreements.count, "agreement")), "
                          + "\(Plural.of(state.commitments.count, "commitment")), "
                          + "\(Plural.of(state.actions.count, "action")).")
        } else {
            Console.raw(text)
        }
    }
}
