import AccordCore
import Foundation

/// Whole processes, as a person or a script runs them: each command started afresh on 100k
/// actions (the median of several runs, with its peak RSS), beside the same operation in a
/// peer (taskwarrior) holding the same actions when `--peer taskwarrior` is given.
struct ProcessBench {
    /// One operation: how Accord runs it and, when the peer has one, how the peer does.
    struct Operation {
        var name: String
        var accord: [String]?
        var peer: [String]?
        var goalMS: Double?
        /// Run before each timed run (not timed): puts the data back as the operation expects it.
        var accordSetUp: [String]? = nil
        var peerSetUp: [String]? = nil
    }

    /// One row of the printed table.
    struct Row {
        var name: String
        var accord: (ms: Double, peakMB: Double?)?
        var peer: (ms: Double, peakMB: Double?)?
        var goalMS: Double?
    }

    let accordPath: String
    let root: String
    let peer: Taskwarrior?
    let runs: Int

    /// Generates the 9,550 agreements (seed 7) of the table, imports them into Accord
    /// (and the peer), and times every operation.
    func run(report: inout Report) throws {
        let generated = root + "/generated.json"
        let generatedYAML = root + "/generated.yaml"
        let data = root + "/process-data"
        var rows: [Row] = []
        let generate = median(["generate", "--agreements", "9550", "--seed", "7", "--output", generatedYAML], runs: 3)
        rows.append(Row(name: "generate 100k actions (YAML)", accord: generate, goalMS: 2_000))
        let generateJSON = median(["generate", "--agreements", "9550", "--seed", "7", "--format", "json", "--output", generated], runs: 3)
        rows.append(Row(name: "generate 100k actions (JSON)", accord: generateJSON, goalMS: 2_000))
        let importDirectory = root + "/import-data"
        let importJSON = median(["import", generated, "--empty", "--data", importDirectory], runs: 3,
                                before: { try? FileManager.default.removeItem(atPath: importDirectory) })
        var peerImport: (ms: Double, peakMB: Double?)?
        if let peer {
            try peer.write(DataGenerator(agreements: 9550, seed: 7).change(), to: root + "/peer-tasks.json")
            peerImport = peer.median(["import", root + "/peer-tasks.json"], runs: 3, before: { try? peer.reset() })
        }
        rows.append(Row(name: "import 100k actions (JSON)", accord: importJSON, peer: peerImport, goalMS: 1_500))
        let importYAML = median(["import", generatedYAML, "--empty", "--data", importDirectory], runs: 3,
                                before: { try? FileManager.default.removeItem(atPath: importDirectory) })
        rows.append(Row(name: "import 100k actions (YAML)", accord: importYAML, goalMS: 3_000))
        try? FileManager.default.removeItem(atPath: data)
        guard Measure.runProcess(accordPath, ["import", generated, "--empty", "--data", data]) != nil else {
            print("(could not import the generated data into \(data))")
            return
        }
        rows += operationRows(on: data)
        rows.append(Row(name: "dashboard, start to first frame (tmux)", accord: firstFrame(data), goalMS: 150))
        let sample = root + "/sample-data"
        _ = Measure.runProcess(accordPath, ["list", "agreements", "--data", sample])
        for operation in Self.operations(action: "uo-s2", peer: nil) {
            guard let arguments = operation.accord else { continue }
            let runAtSample = median(arguments + ["--data", sample], runs: runs, before: {
                if let setUp = operation.accordSetUp { _ = Measure.runProcess(accordPath, setUp + ["--data", sample]) }
            })
            rows.append(Row(name: operation.name + ", 56 sample actions", accord: runAtSample, goalMS: 10))
        }
        print(Self.table(rows, peerName: peer == nil ? nil : "taskwarrior \(peer!.version)"))
        for row in rows {
            guard let accord = row.accord else { continue }
            report.add("process: " + row.name, accord.ms, "ms", goal: row.goalMS.map { "< \(Int($0)) ms" },
                       pass: row.goalMS.map { accord.ms < $0 })
        }
        let peak = rows.filter { !$0.name.contains("import") && !$0.name.contains("generate") && !$0.name.contains("export") }
            .compactMap { $0.accord?.peakMB }.max()
        if let peak { report.add("process: peak RSS of a CLI command", peak, "MB", goal: "< 40 MB", pass: peak < 40) }
    }

    /// Each operation timed on the data directory `data` (generated: a0-0-1 is open), beside the peer's.
    func operationRows(on data: String) -> [Row] {
        Self.operations(action: "a0-0-1", peer: peer).map { operation in
            let accord = operation.accord.flatMap { arguments in
                median(arguments + ["--data", data], runs: runs,
                       before: { if let setUp = operation.accordSetUp { _ = Measure.runProcess(accordPath, setUp + ["--data", data]) } })
            }
            let theirs = operation.peer.flatMap { arguments in
                peer?.median(arguments, runs: runs, before: { if let setUp = operation.peerSetUp { _ = peer?.run(setUp) } })
            }
            return Row(name: operation.name, accord: accord, peer: theirs, goalMS: operation.goalMS)
        }
    }

    /// The operations and the dashboard's first frame on an existing data directory (`--processes-on DIR`:
    /// the million actions of `generate --agreements 95500 --seed 7`).
    func runOn(_ data: String) {
        let rows = operationRows(on: data) + [Row(name: "dashboard, start to first frame (tmux)", accord: firstFrame(data), goalMS: 100)]
        print(Self.table(rows, peerName: nil))
    }

    /// The CLI operations of the table on `action`, an open one (the generator leaves
    /// a0-0-1 open; uo-s2 is open in the sample data).
    static func operations(action: String, peer: Taskwarrior?) -> [Operation] {
        // a0-0-1 is the second action generated, the peer's task 2.
        let uuid = peer.map { _ in Taskwarrior.uuid(2) } ?? ""
        return [
            Operation(name: "search one word", accord: ["search", "handicap", "--limit", "20"], peer: ["/handicap/", "count"], goalMS: 50),
            Operation(name: "show one action", accord: ["show", action], peer: [uuid, "info"], goalMS: 50),
            Operation(name: "tick one action", accord: ["tick", action], peer: [uuid, "done"], goalMS: 50,
                      accordSetUp: ["untick", action], peerSetUp: [uuid, "modify", "status:pending"]),
            Operation(name: "untick one action", accord: ["untick", action], peer: [uuid, "modify", "status:pending"], goalMS: 50,
                      accordSetUp: ["tick", action], peerSetUp: [uuid, "done"]),
            // Another note first: the same note again would change nothing and write nothing.
            Operation(name: "note on one action", accord: ["note", action, "Relancer le service"],
                      peer: [uuid, "annotate", "Relancer le service"], goalMS: 50, accordSetUp: ["note", action, "Relancer"]),
            Operation(name: "undo", accord: ["undo"], peer: ["undo"], goalMS: 50,
                      accordSetUp: ["note", action, "Relancer"], peerSetUp: [uuid, "annotate", "Relancer"]),
            Operation(name: "redo", accord: ["redo"], peer: nil, goalMS: 50, accordSetUp: ["undo"]),
            Operation(name: "list agreements (to a pipe)", accord: ["list", "agreements"], peer: ["projects"], goalMS: 100),
            Operation(name: "due within 30 days", accord: ["due", "--within", "30d"], peer: ["due.before:30d", "count"], goalMS: 60),
            Operation(name: "export (JSON)", accord: ["export", "--format", "json"], peer: ["export"], goalMS: 1_000),
        ]
    }

    /// The median time of `runs` runs of `accord arguments`, with the largest peak RSS seen.
    func median(_ arguments: [String], runs: Int, before: () -> Void = {}) -> (ms: Double, peakMB: Double?)? {
        Self.median(runs: runs) { before(); return Measure.runProcess(accordPath, arguments) }
    }

    static func median(runs: Int, _ once: () -> (ms: Double, peakMB: Double?)?) -> (ms: Double, peakMB: Double?)? {
        let results = (0..<runs).compactMap { _ in once() }
        guard !results.isEmpty else { return nil }
        return (Measure.percentile(results.map(\.ms), 50), results.compactMap(\.peakMB).max())
    }

    /// From starting the dashboard in a tmux pane to its status bar (drawn last) on the screen.
    func firstFrame(_ directory: String) -> (ms: Double, peakMB: Double?)? {
        let socket = "accordbench\(getpid())"
        func tmux(_ arguments: [String]) -> String? {
            let output = root + "/tmux-output"
            guard let pid = Measure.spawn(["/usr/bin/tmux", "-L", socket] + arguments, output: output) else { return nil }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return try? String(contentsOfFile: output, encoding: .utf8)
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { return nil }
        defer { _ = tmux(["kill-server"]) }
        return Self.median(runs: runs) {
            _ = tmux(["kill-server"])
            let start = Measure.now()
            _ = tmux(["new-session", "-d", "-x", "100", "-y", "30", "env LANG=C.UTF-8 \(accordPath) --data \(directory)"])
            while Measure.now() - start < 10 {
                if tmux(["capture-pane", "-p"])?.contains("q quit") == true {
                    return ((Measure.now() - start) * 1000, nil)
                }
                usleep(2_000)
            }
            return nil
        }
    }

    static func table(_ rows: [Row], peerName: String?) -> String {
        func time(_ value: (ms: Double, peakMB: Double?)?) -> String {
            guard let value else { return "—" }
            let time = value.ms >= 1000 ? String(format: "%.2f s", value.ms / 1000) : String(format: "%.1f ms", value.ms)
            return time + (value.peakMB.map { String(format: ", %.0f MB", $0) } ?? "")
        }
        var lines = ["| operation | Accord | goal |" + (peerName.map { " \($0) | ratio |" } ?? ""),
                     "|---|---|---|" + (peerName == nil ? "" : "---|---|")]
        for row in rows {
            var line = "| \(row.name) | \(time(row.accord)) | "
                + (row.goalMS.map { String(format: $0 >= 1000 ? "< %.1f s" : "< %.0f ms", $0 >= 1000 ? $0 / 1000 : $0) } ?? "—")
                + ((row.accord?.ms).flatMap { ms in row.goalMS.map { ms < $0 ? " ok" : " **missed**" } } ?? "") + " |"
            if peerName != nil {
                let ratio = row.accord.flatMap { ours in row.peer.map { String(format: "%.1f×", $0.ms / ours.ms) } } ?? "—"
                line += " \(time(row.peer)) | \(ratio) |"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
