import AccordCore
import Foundation

/// An opened data directory for one command: the store, with the sample data
/// loaded on a first run, and what opening found reported on stderr.
struct Session {
    let store: Store
    let directory: String

    /// Stores opened by this process stay referenced until it exits: freeing 100,000 items
    /// one by one would cost each command tens of milliseconds, and the kernel takes the
    /// memory (and the lock) back at exit anyway. Every write is fsynced before it returns.
    /// (A command runs on the main thread only.)
    nonisolated(unsafe) private static var keptUntilExit: [Store] = []

    /// Opens the data directory; `write` commands need the lock. A command that only shows
    /// the data passes `history: false`: the undo history is then not loaded (see `Journal.open`).
    /// A command that reads or changes a few items names them in `scope`: only those are read
    /// when the snapshot read in place is current (see `ReadScope`).
    /// `quiet` leaves what opening found unprinted (the dashboard shows it in its status bar).
    init(_ options: GlobalOptions, write: Bool, history: Bool = true, scope: ReadScope? = nil, quiet: Bool = false) throws {
        directory = DataDirectory.resolve(flag: options.dataDirectory)
        if let problem = DataDirectory.problem(with: directory) { throw CLIError(problem, exitCode: 2) }
        let store: Store
        do {
            store = try Store.open(directory: directory, Self.options(history: history, scope: scope))
        } catch {
            throw CLIError(Phrases.command.cannotOpen(["directory": directory, "error": "\(error)"]))
        }
        self.store = store
        Self.keptUntilExit.append(store)
        if case .cannotOpen(let error)? = store.readOnlyReason {
            guard FileManager.default.fileExists(atPath: directory) else {
                throw CLIError(Phrases.command.cannotCreate(["directory": directory, "reason": error.reason]))
            }
            if !write && !quiet { Console.error(Phrases.command.readOnlyHere(["directory": directory, "error": "\(error)"])) }
        }
        for notice in store.journal?.notices ?? [] where !quiet {
            Console.error("accord: \(notice)")
        }
        if store.journal?.isFresh == true, !options.empty, store.readOnlyReason == nil {
            do {
                try store.perform(try SampleData.change(for: store.state))
            } catch AccordError.changedElsewhere {
                // Another Accord started on the same new directory at the same moment and loaded them first.
            }
        }
        if write, let reason = store.readOnlyReason {
            throw CLIError(Phrases.command.cannotChange(["reason": "\(reason)"]))
        }
        // From the command's first saved change on, a message that cannot be printed does not fail it.
        store.subscribe { record in if record.origin == .here { Console.changeSaved = true } }
    }

    var state: AccordState { store.state }

    /// How a command opens the data: the cache kept above `ACCORD_READ_IN_PLACE_ABOVE` bytes
    /// of journals (0: always; the tests keep it at any size) when set, else above 256 KiB.
    static func options(history: Bool = true, scope: ReadScope? = nil, useCache: Bool = true) -> JournalOptions {
        let above = ProcessInfo.processInfo.environment["ACCORD_READ_IN_PLACE_ABOVE"].flatMap { Int($0) }
        return JournalOptions(history: history, useCache: useCache, scope: scope, cacheAbove: above ?? JournalOptions.commandLineCacheAbove)
    }

    /// The id of the item `text` names — an id in any case, or a partner's short or full name —
    /// and its kind; a one-sentence error when nothing is called that.
    func resolve(_ text: String) throws -> (id: String, kind: ItemKind) {
        guard let id = state.itemID(named: text), let kind = state.kind(of: id) else {
            throw CLIError(Phrases.command.unknownID(["id": SafeText.escaped(text)]))
        }
        return (id, kind)
    }

    /// The agreements `text` names: an agreement, or every agreement of a partner.
    func agreements(named text: String) throws -> [Agreement] {
        let (id, kind) = try resolve(text)
        switch kind {
        case .agreement: return [state.agreements[id]!]
        case .partner: return state.sortedAgreements(partner: id)
        default: throw CLIError(Phrases.command.notAgreementOrPartner(["id": SafeText.escaped(text), "kind": kind.withArticle]))
        }
    }
}
