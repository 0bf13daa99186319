import AccordCore
import Foundation

/// Issue 31's team scale: 50 replicas' 2,000 new records each (100,000 notes and ticks) arriving
/// at once in the shared folder of a 100,000-action data set — as one sync brings them — then
/// the first command, which reads them into the cache, and the next one, which reads the cache.
enum TeamScaleBench {
    static func run(_ directory: String, root: String, replicas: Int = 50, each: Int = 2_000, report: inout Report) throws {
        let accord = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("accord").path
        guard FileManager.default.isExecutableFile(atPath: accord) else { return print("(no accord binary next to accord-bench)") }
        let here = root + "/team-scale"
        try? FileManager.default.removeItem(atPath: here)
        try FileManager.default.copyItem(atPath: directory, toPath: here)
        try? FileManager.default.removeItem(atPath: here + "/local/origin")
        let store = try Store.open(directory: here, JournalOptions(history: false))
        let actions = store.state.actions.keys.sorted()
        // Clocked after every record here, as a teammate's work of the last days would be.
        let start = (store.ledger.lastKey.clock / 1_000 + 1) * 1_000
        for replica in 0..<replicas {
            var bytes: [UInt8] = []
            // Signed as each replica signs (its first record carries its key): every one is checked.
            let name = String(format: "team%02d", replica)
            let key = ReplicaKeyPair(seed: Ed25519.digest(Array("bench key of \(name)".utf8)))
            for seq in 1...each {
                let id = actions[(replica * each + seq) % actions.count]
                let event: Event = seq % 2 == 0 ? .noteSet(id: id, note: "vu par l'équipe \(replica) (\(seq))") : .actionTicked(id: id, on: store.today)
                var record = JournalRecord(replica: name, seq: seq, clock: start + seq * replicas + replica,
                                           at: Timestamp.iso(Date()), kind: .change,
                                           change: Change(seq % 2 == 0 ? ChangeLabel(.noted, title: id) : ChangeLabel(.ticked, title: id), events: [event]))
                if seq == 1 { record.publicKey = key.publicKey.base64 }
                bytes += RecordSignature.signedLine(record, by: key)
            }
            _ = FileManager.default.createFile(atPath: here + "/journal/" + String(format: "team%02d.log", replica), contents: Data(bytes))
        }
        let shown = actions[0]
        if let first = Measure.runProcess(accord, ["--data", here, "show", shown]) {
            report.add("\(replicas) replicas × \(each) records arrive: the first command applies them", first.ms, "ms",
                       goal: "< 3 s", pass: first.ms < 3_000)
        }
        var next: [Double] = []
        for _ in 0..<5 { if let run = Measure.runProcess(accord, ["--data", here, "show", shown]) { next.append(run.ms) } }
        let median = Measure.percentile(next, 50)
        report.add("the next command (show)", median, "ms", goal: "< 60 ms", pass: median < 60)
    }
}
