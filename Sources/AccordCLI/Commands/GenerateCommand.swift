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
            // Into a file: a progress line on the terminal (on stdout, the data itself goes there).
            let progress = ProgressLine.start(Phrases.command.progressGenerating.text)
            defer { progress?.finish() }
            progress?.step(Phrases.command.progressAgreements.text, total: agreements)
            let counted = CountedSource(generator) { progress?.advance(to: $0) }
            try OutputFile.write(to: output) { append in try writer.write(counted, to: append) }
            progress?.finish()
            Console.error(Phrases.command.wroteGenerated(["file": SafeText.escaped(output),
                                                          "agreements": Phrases.model.countedAgreements(agreements)]))
        } else {
            try Console.stream { append in try writer.write(generator, to: append) }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// A source that says how many agreements it has handed over (for a progress line).
private struct CountedSource<Base: ExportSource>: ExportSource {
    let base: Base
    let counted: (Int) -> Void

    init(_ base: Base, counted: @escaping (Int) -> Void) {
        self.base = base
        self.counted = counted
    }

    var addedCategories: [Category] { base.addedCategories }
    func forEachPartner(_ body: (Partner) throws -> Void) throws { try base.forEachPartner(body) }
    func forEachAgreement(_ body: (AgreementChecklist) throws -> Void) throws {
        var count = 0
        try base.forEachAgreement { checklist in
            count += 1
            if count % 256 == 0 { counted(count) }
            try body(checklist)
        }
    }
}
