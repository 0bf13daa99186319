import AccordCore
import ArgumentParser
import Foundation

/// `accord generate`: deterministic test data in the import format.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write generated agreements (about 10 actions each) in the import format, for benchmarks and tests.",
        usage: "accord generate [--agreements <n>] [--output <file>] [<options>]")

    @Option(help: "How many agreements (10,000 gives about 100,000 actions; at most 10,000,000).")
    var agreements = 100

    @Option(help: "The seed: the same seed gives the same data.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Where to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: "yaml or json.")
    var format: ExportFormat = .yaml

    /// Memory does not grow with the count (the data is written as it is made); the limit
    /// only catches a mistyped count (10,000,000 agreements are about 25 GB of YAML).
    static let maximum = 10_000_000

    func validate() throws {
        if agreements < 1 || agreements > Self.maximum {
            throw ValidationError("--agreements must be from 1 to \(Self.maximum.formatted()).")
        }
    }

    func run() throws {
        let generator = DataGenerator(agreements: agreements, seed: seed)
        let writer = ExportWriter(format: format)
        if let output {
            try OutputFile.write(to: output) { append in try writer.write(generator, to: append) }
            Console.error("Wrote \(SafeText.escaped(output)): \(Plural.of(agreements, "agreement")) with their partners, "
                          + "commitments and actions.")
        } else {
            try Console.stream { append in try writer.write(generator, to: append) }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
