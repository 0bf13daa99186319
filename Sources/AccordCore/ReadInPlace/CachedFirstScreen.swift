import Foundation

/// What the dashboard's first frame shows, read from the cache alone in a few milliseconds:
/// every partner and agreement, everything of the first agreements, the last changes. The
/// dashboard draws it while the whole ledger is read on another core, then takes that in
/// its place (see `DashboardRuntime.adopt`). A cache behind the journals is read all the
/// same: its frame is marked as catching up.
public struct CachedFirstScreen {
    /// The part of the state read: the first `agreements` agreements by rank are whole.
    public let state: AccordState
    public let recent: [RecentChange]
    /// The actions done of all, over every agreement, as the cache counts them.
    public let actions: Progress
    /// True when the journals hold what the cache does not yet: the whole reading catches up.
    public let isBehind: Bool

    /// Reads the first screen of the data directory at `directory` for a pane of `agreements`
    /// rows; nil when there is no cache to read it from (or it cannot be read: the whole
    /// reading will say why).
    public static func read(directory: String, agreements: Int, fileSystem: FileSystem = PosixFileSystem()) -> CachedFirstScreen? {
        guard let replica = try? ReplicaIdentity.resolve(directory: directory, create: false, fileSystem: fileSystem) else { return nil }
        let layout = DataLayout(directory: directory, replica: replica)
        guard let file = try? SnapshotDatabase.open(layout, write: false), let header = try? file.header(),
              header.replica == replica, header.version == Snapshot.currentVersion,
              let part = try? file.snapshot(for: .firstScreen(agreements: agreements), history: false) else { return nil }
        guard let progress = try? file.agreementProgress() else { return nil }
        let actions = progress.values.reduce(into: Progress()) { $0.add($1) }
        return CachedFirstScreen(state: part.state, recent: part.recent, actions: actions,
                                 isBehind: !SnapshotDatabase.isCurrent(header, layout: layout, fileSystem: fileSystem))
    }
}
