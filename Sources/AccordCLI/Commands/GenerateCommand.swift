import AccordCore
import ArgumentParser
import Foundation

/// `accord generate`: deterministic test data in the import format.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: Phrases.help.generateAbstract.text,
        usage: "accord generate [--agreements <n>] [--output <file>] [<options>]")

    @Option(help: ArgumentHelp(Phrases.help.generateAgreements))
    var agreements = 100

    @Option(help: ArgumentHelp(Phrases.help.generateSeed))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(Phrases.help.generateOutput, valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(Phrases.help.yamlOrJSON))
    var format: ExportFormat = .yaml

    /// Memory does not grow with the count (the data is written as it is made); the limit
    /// only catches a mistyped count (10,000,000 agreements are about 25 GB of YAML).
    static let maximum = 10_000_000

    func validate() throws {
        if agreements < 1 || agreements > Self.maximum {
            throw ValidationError(Phrases.command.agreementsRange(["max": Self.maximum]))
        }
    }

    func run() throws {
        let generator = DataGenerator(agreements: agreements, seed: seed)
        let writer = ExportWriter(format: format)
        if let output {
            try OutputFile.write(to: output) { append in try writer.write(generator, to: append) }
            Console.error(Phrases.command.wroteGenerated(["file": SafeText.escaped(output),
                                                          "agreements": Phrases.model.countedAgreements(agreements)]))
        } else {
            try Console.stream { append in try writer.write(generator, to: append) }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
