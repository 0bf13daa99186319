import ArgumentParser

/// Options every command takes: where the data lives, and whether to start empty.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "The data directory (default: $ACCORD_DATA, else $XDG_DATA_HOME/accord, else ~/.local/share/accord).",
        valueName: "dir"))
    var dataDirectory: String?

    @Flag(help: "On a first run, start with no data instead of the sample agreements.")
    var empty = false
}
