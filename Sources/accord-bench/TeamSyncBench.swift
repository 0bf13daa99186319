import AccordCore
import Foundation

/// Issue 17's merge cost: another replica's 10,000 records arriving by `accord sync` into a
/// 100,000-action data set — after it (in clock order) and, the hard case, interleaved with
/// a change made here meanwhile (everything is replayed again in order) — and opening after it.
enum TeamSyncBench {
    static func run(_ directory: String, root: String, incoming: Int, report: inout Report, goal: Bool) throws {
        let accord = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("accord").path
        guard FileManager.default.isExecutableFile(atPath: accord) else {
            print("(no accord binary next to accord-bench: build it with `swift build -c release` to time `accord sync`)")
            return
        }
        let team = root + "/team"
        let bare = team + "/shared.git", here = team + "/here", there = team + "/there"
        try FileManager.default.createDirectory(atPath: team, withIntermediateDirectories: true)
        guard shell(["git", "init", "-q", "--bare", bare]) else {
            print("(git is not installed: `accord sync` not timed)")
            return
        }
        try FileManager.default.copyItem(atPath: directory, toPath: here)
        // The copy stands for the same replica: its `local/` is stamped as made here (a copied
        // `local/` would otherwise start a new replica, see ReplicaIdentity).
        try? FileManager.default.removeItem(atPath: here + "/local/origin")
        try GitSync.initialize(directory: here, url: bare)
        _ = try GitSync(store: try Store.open(directory: here)).sync()
        try GitSync.initialize(directory: there, url: bare)
        let other = try Store.open(directory: there)
        _ = try GitSync(store: other).sync()
        let actions = other.state.actions.values.filter { !$0.isDone }.map(\.id).sorted().prefix(incoming)

        for interleaved in [false, true] {
            for (n, id) in actions.enumerated() {
                if interleaved { try other.untick(id) } else { try other.tick(id) }
                if n + 1 == incoming { break }
            }
            _ = try GitSync(store: other).sync()
            if interleaved {
                // A change made here before the sync: the incoming records sort before it.
                _ = shell([accord, "--data", here, "note", actions.first!, "changed here meanwhile"])
            }
            let what = interleaved ? "interleaved with one made here (replayed whole)" : "after everything here"
            if let run = Measure.runProcess(accord, ["--data", here, "sync"]) {
                report.add("`accord sync`, \(incoming) records in, \(what)", run.ms, "ms", goal: goal ? "< 1 s" : nil, pass: goal ? run.ms < 1000 : nil)
            }
            var opens: [Double] = []
            for _ in 0..<3 { opens.append(try Measure.ms { _ = try Store.open(directory: here, JournalOptions(history: false)) }) }
            let open = Measure.percentile(opens, 50)
            report.add("open after that sync", open, "ms", goal: goal ? "< 300 ms" : nil, pass: goal ? open < 300 : nil)
        }
    }

    private static func shell(_ command: [String]) -> Bool {
        var resolved = command
        if !command[0].hasPrefix("/") {
            guard let path = ["/usr/bin/", "/usr/local/bin/", "/bin/"].map({ $0 + command[0] })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return false }
            resolved[0] = path
        }
        guard let pid = Measure.spawn(resolved, output: "/dev/null") else { return false }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status == 0
    }
}
