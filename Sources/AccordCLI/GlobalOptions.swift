import AccordCore
import ArgumentParser
import Foundation

/// Options every command takes: where the data lives, and whether to start empty.
/// (Plain values once parsed: the dashboard hands them to the thread that reads the data.)
struct GlobalOptions: ParsableArguments, @unchecked Sendable {
    @Option(name: .customLong("data"), help: ArgumentHelp(Phrases.help.globalData, valueName: "dir"))
    var dataDirectory: String?

    @Flag(help: ArgumentHelp(Phrases.help.globalEmpty))
    var empty = false

    @Option(name: .customLong("lang"), help: ArgumentHelp(Phrases.help.globalLanguage, valueName: "language"))
    var language: String?

    /// An empty directory name is a mistake (a script's unset variable), never "the default":
    /// the next command would read and change the user's own data.
    func validate() throws {
        if let language, Language(code: language) == nil {
            throw ValidationError(Phrases.command.unknownLanguage(["value": language]))
        }
        if let dataDirectory, dataDirectory.allSatisfy(\.isWhitespace) {
            throw ValidationError(Phrases.command.dataEmpty.text)
        }
        if dataDirectory == nil, let value = ProcessInfo.processInfo.environment["ACCORD_DATA"], value.allSatisfy(\.isWhitespace) {
            throw ValidationError(Phrases.command.accordDataEmpty.text)
        }
    }
}
