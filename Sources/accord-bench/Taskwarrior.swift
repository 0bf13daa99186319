import AccordCore
import Foundation

/// taskwarrior as the benchmark's peer: its own data directory and rc file, holding the same
/// actions as Accord — one task per action, project = agreement, tag = category.
struct Taskwarrior {
    let path: String
    let directory: String
    let version: String

    /// The installed `task`, with data in `directory`; nil when it is not installed.
    init?(directory: String) {
        guard let path = ["/usr/bin/task", "/usr/local/bin/task"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        self.path = path
        self.directory = directory
        let output = directory + ".version"
        var status: Int32 = 0
        if let pid = Measure.spawn([path, "--version"], output: output) { waitpid(pid, &status, 0) }
        version = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "?").trimmingCharacters(in: .whitespacesAndNewlines)
        try? reset()
    }

    var rcFile: String { directory + "/taskrc" }

    /// Empties its data and writes its rc file: no confirmations, no messages, no hooks.
    func reset() throws {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        try """
        data.location=\(directory)/data
        confirmation=off
        verbose=nothing
        hooks=off
        news.version=2.6.0
        """.write(toFile: rcFile, atomically: true, encoding: .utf8)
    }

    /// `task rc:FILE arguments…`, timed, with its peak RSS; nil when it failed.
    func run(_ arguments: [String]) -> (ms: Double, peakMB: Double?)? {
        Measure.runProcess(path, ["rc:" + rcFile] + arguments)
    }

    func median(_ arguments: [String], runs: Int, before: () -> Void = {}) -> (ms: Double, peakMB: Double?)? {
        ProcessBench.median(runs: runs) { before(); return run(arguments) }
    }

    /// A fixed UUID for the n-th action (1-based), so that operations name the same task every run.
    static func uuid(_ n: Int) -> String { String(format: "00000000-0000-4000-8000-%012x", n) }

    /// The actions `change` creates as taskwarrior's import JSON (one object a line).
    func write(_ change: Change, to file: String) throws {
        var categoryOfCommitment: [String: (agreement: String, category: String)] = [:]
        var lines: [String] = []
        func stamp(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") + "T000000Z" }
        func quoted(_ text: String) -> String {
            String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
        }
        for event in change.events {
            switch event {
            case .commitmentCreated(let commitment):
                categoryOfCommitment[commitment.id] = (commitment.agreementID, commitment.categoryID)
            case .actionCreated(let action):
                let owner = categoryOfCommitment[action.commitmentID]
                var fields = ["\"uuid\":\"\(Self.uuid(lines.count + 1))\"", "\"description\":\(quoted(action.title))",
                              "\"entry\":\"20260101T000000Z\"", "\"project\":\(quoted(owner?.agreement ?? ""))",
                              "\"tags\":[\(quoted(owner?.category ?? ""))]"]
                if let done = action.doneOn {
                    fields += ["\"status\":\"completed\"", "\"end\":\"\(stamp(done))\""]
                } else {
                    fields.append("\"status\":\"pending\"")
                }
                if let due = action.due { fields.append("\"due\":\"\(stamp(due))\"") }
                lines.append("{" + fields.joined(separator: ",") + "}")
            default:
                break
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    }
}
