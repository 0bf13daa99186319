import AccordCore
import ArgumentParser
import Foundation

/// `accord sync [--init URL]`: shares this replica's changes through git and takes the others'.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share changes through git: commit this replica's, fetch and merge the others', push.",
        discussion: """
            The data directory is a git repository holding every replica's journal (journal/*.log; \
            local/ is never shared). --init URL sets it up: with an empty repository at URL this \
            directory's data starts the shared set; with one holding data, this replica joins it. \
            A plain 'git clone URL DIR' of a shared set works too ('accord --data DIR'). Exit 0 when \
            synced, 1 when it could not be (nothing is lost: run it again).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("init"), help: ArgumentHelp("Share through the git repository at URL (set up once).", valueName: "URL"))
    var url: String?

    func validate() throws {
        if let url, url.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--init needs a URL.") }
    }

    func run() throws {
        let directory = DataDirectory.resolve(flag: global.dataDirectory)
        do {
            // Nothing is made in a directory that cannot sync yet (a first run there still loads the samples).
            if url == nil, !GitSync.isRepository(directory) { throw SyncError.notARepository(directory) }
            if let url {
                let resolved = GitSync.resolvedURL(url, workingDirectory: FileManager.default.currentDirectoryPath)
                try GitSync.initialize(directory: directory, url: resolved)
            }
            // Not a session: a new replica joining a shared set must not start with the sample agreements.
            let store: Store
            do { store = try Store.open(directory: directory) } catch { throw CLIError("cannot open the data in \(directory): \(error)") }
            store.journal?.notices.forEach { Console.error("accord: \($0)") }
            if let reason = store.readOnlyReason { throw CLIError("cannot sync: \(reason).") }
            let report = try GitSync(store: store).sync()
            Console.out(report.summary(names: ReplicaNames.load(store.journal!.layout)))
        } catch let error as SyncError {
            throw CLIError("cannot sync: \(error)")
        }
    }
}
