import ArgumentParser
import Foundation

/// Options every command takes: where the data lives, and whether to start empty.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "The data directory (default: $ACCORD_DATA, else $XDG_DATA_HOME/accord, else ~/.local/share/accord).",
        valueName: "dir"))
    var dataDirectory: String?

    @Flag(help: "On a first run, start with no data instead of the sample agreements.")
    var empty = false

    /// An empty directory name is a mistake (a script's unset variable), never "the default":
    /// the next command would read and change the user's own data.
    func validate() throws {
        if let dataDirectory, dataDirectory.allSatisfy(\.isWhitespace) {
            throw ValidationError("--data is empty; give a data directory, or leave the option out to use the default.")
        }
        if dataDirectory == nil, let value = ProcessInfo.processInfo.environment["ACCORD_DATA"], value.allSatisfy(\.isWhitespace) {
            throw ValidationError("ACCORD_DATA is set but empty; set it to a data directory, or unset it to use the default.")
        }
    }
}
