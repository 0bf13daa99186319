import AccordCore
import Foundation

/// An opened data directory for one command: the store, with the sample data
/// loaded on a first run, and what opening found reported on stderr.
struct Session {
    let store: Store
    let directory: String

    /// Opens the data directory; `write` commands need the lock.
    init(_ options: GlobalOptions, write: Bool) throws {
        directory = DataDirectory.resolve(flag: options.dataDirectory)
        let store: Store
        do {
            store = try Store.open(directory: directory, readOnly: false)
        } catch {
            throw CLIError("cannot open the data in \(directory): \(error)")
        }
        self.store = store
        if case .cannotOpen(let error)? = store.readOnlyReason {
            guard FileManager.default.fileExists(atPath: directory) else {
                throw CLIError("cannot create the data directory \(directory): \(error.reason) (choose another with --data or ACCORD_DATA).")
            }
            if !write { Console.error("accord: the data in \(directory) cannot be written here (\(error)); showing it read-only.") }
        }
        for notice in store.journal?.notices ?? [] {
            Console.error("accord: \(notice)")
        }
        if store.journal?.isFresh == true, !options.empty, store.readOnlyReason == nil {
            try store.perform(try SampleData.change(for: store.state))
        }
        if write, let reason = store.readOnlyReason {
            throw CLIError("cannot change anything: \(reason).")
        }
    }

    var state: AccordState { store.state }
}
