import AccordCore
import ArgumentParser
import Foundation

/// `accord sync [--init URL]`: shares this replica's changes through git and takes the others'.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: Phrases.help.syncAbstract.text,
        discussion: Phrases.help.syncDiscussion.text)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("init"), help: ArgumentHelp(Phrases.help.syncInit, valueName: "URL"))
    var url: String?

    func validate() throws {
        if let url, url.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(Phrases.command.initNeedsURL.text) }
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
            do { store = try Store.open(directory: directory, Session.options()) } catch { throw CLIError(Phrases.command.cannotOpen(["directory": directory, "error": "\(error)"])) }
            store.journal?.notices.forEach { Console.error("accord: \($0)") }
            let noticed = store.journal?.notices.count ?? 0
            if let reason = store.readOnlyReason { throw CLIError(Phrases.command.cannotSync(["reason": "\(reason)."])) }
            let progress = ProgressLine.start(Phrases.command.progressSyncing.text)
            defer { progress?.finish() }
            let sharing = try GitSync(store: store)
            let conflictsBefore = sharing.conflictIDs
            var exchange = sharing.exchange()
            exchange.onStep = { step in
                switch step {
                case .committing: progress?.step(Phrases.command.progressCommitting.text)
                case .fetching(let remote): progress?.step(Phrases.command.progressFetching(["remote": remote]))
                case .taking: progress?.step(Phrases.command.progressTaking.text)
                case .pushing: progress?.step(Phrases.command.progressPushing.text)
                }
            }
            let exchanged = try exchange.run()
            progress?.step(Phrases.command.progressReadingIn.text)
            let report = try sharing.finish(exchanged, conflictsBefore: conflictsBefore)
            progress?.finish()
            for line in report.cleared + report.refusals { Console.error("accord: \(line)") }
            // What reading the records that came in found: a record set aside, a file damaged.
            for notice in store.journal?.notices.dropFirst(noticed) ?? [] { Console.error("accord: \(notice)") }
            Console.out(SafeText.escaped(report.summary(names: ReplicaNames.load(store.journal!.layout))))
        } catch let error as SyncError {
            throw CLIError(Phrases.command.cannotSync(["reason": "\(error)"]))
        }
    }
}
