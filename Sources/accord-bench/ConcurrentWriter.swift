import AccordCore
import Foundation

/// One of several processes making random changes on one data directory at the same time:
/// `accord-bench --writer DIR --changes N --seed S [--pause-ms P] [--ticks-only]`. The stress
/// tests run eight of them, the benchmark four beside the one it measures.
///
/// It prints, unbuffered, `ack SEQ MS AT` for each change saved (its record number, how long
/// the save took, and when it returned on the monotonic clock, which every process shares), `refused WHY` for each one refused, and at the end `end SEQ CRC`: the last
/// record it had read or written and a checksum of its state, which replaying the journal up
/// to SEQ must reproduce.
enum ConcurrentWriter {
    static func run(directory: String, changes: Int, seed: UInt64, pauseMS: Double, ticksOnly: Bool) throws {
        let store = try Store.open(directory: directory)
        var random = SplitMix(seed: seed)
        var made = 0
        // Sorting 100,000 ids for every change would be the writer's whole cost: the list is
        // taken again only when the number of actions changed.
        var actions: [String] = []
        for n in 0..<changes {
            if pauseMS > 0 { usleep(UInt32(pauseMS * 1000)) }
            try store.followOthers()
            let started = Measure.now()
            do {
                if actions.count != store.state.actions.count { actions = store.state.actions.keys.sorted() }
                try makeOne(n, store: store, actions: actions, seed: seed, random: &random, ticksOnly: ticksOnly)
                made += 1
                let ended = Measure.now()
                say("ack \(store.journal?.lastSeq ?? 0) \(String(format: "%.3f", (ended - started) * 1000)) \(String(format: "%.6f", ended))")
            } catch {
                say("refused \(String(describing: error).prefix(120).replacingOccurrences(of: "\n", with: " "))")
            }
        }
        try store.followOthers()
        say("end \(store.journal?.lastSeq ?? 0) \(checksum(store.state))")
    }

    /// A checksum of a state: the same state gives the same one in any process.
    static func checksum(_ state: AccordState) -> String {
        CRC32C.hex(LineCodec.encode(Snapshot(replica: "", lastSeq: 0, files: [], takenAt: "", ledger: Ledger(state: state))))
    }

    private static func makeOne(_ n: Int, store: Store, actions: [String], seed: UInt64, random: inout SplitMix,
                                ticksOnly: Bool) throws {
        // With no action left, the next change adds one.
        let actionID = actions.isEmpty ? "" : actions[Int(random.next() % UInt64(actions.count))]
        let done = store.state.actions[actionID]?.isDone == true
        if ticksOnly {
            if done { try store.untick(actionID) } else { try store.tick(actionID) }
            return
        }
        switch actions.isEmpty ? 5 : random.next() % 10 {
        case 0, 1, 2:
            if done { try store.untick(actionID) } else { try store.tick(actionID) }
        case 3, 4:
            try store.setNote(of: actionID, to: "note \(seed)-\(n)")
        case 5, 6:
            let commitments = store.state.commitments.keys.sorted()
            let commitment = commitments[Int(random.next() % UInt64(commitments.count))]
            try store.perform(Change(label: "Added 'w\(seed)-\(n)'", events: [
                .actionCreated(Action(id: "w\(seed)-\(n)", commitmentID: commitment, title: "Action \(seed)-\(n)", rank: 1_000 + n)),
            ]))
        case 7:
            let added = actions.filter { $0.hasPrefix("w") }
            guard let victim = added.isEmpty ? nil : added[Int(random.next() % UInt64(added.count))] else {
                try store.tick(actionID)
                return
            }
            try store.delete(victim)
        case 8:
            try store.undo()
        default:
            try store.redo()
        }
    }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

/// A small seeded random generator (SplitMix64): the same seed gives the same changes.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
