import Foundation
import Testing
@testable import AccordCore

/// Replicas change the same data offline at random — every kind of change, undo and redo,
/// taking conflicts back — with clocks up to a day apart, and share it through a bare git
/// repository (or a plain folder with conflict copies) in random orders and subsets. Once
/// everyone has synced twice, every replica holds the same bytes. The seed is printed; a
/// failing one reproduces with `ACCORD_SEED=N swift test --filter TeamConvergence`.
@Suite(.serialized) struct TeamConvergenceTests {
    static let seeds: [UInt64] = ProcessInfo.processInfo.environment["ACCORD_SEED"].flatMap(UInt64.init).map { [$0] }
        ?? [UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000, UInt64(Date().timeIntervalSince1970) % 1_000_000 + 7]

    /// One replica's store and what it acknowledged.
    private final class Member {
        let store: Store
        var acknowledged: [RecordRef] = []
        init(_ store: Store) { self.store = store }
    }

    /// Makes one random change on `member` (refusals are part of the game: nothing is journaled then).
    private func randomChange(_ member: Member, _ random: inout SplitMix64, label: String) {
        let store = member.store
        let actions = store.state.actions.keys.sorted()
        let pick = actions.isEmpty ? nil : actions[Int(random.next() % UInt64(actions.count))]
        let before = store.journal?.lastSeq ?? 0
        do {
            switch random.next() % 10 {
            case 0, 1:
                if let pick { try store.tick(pick) }
            case 2:
                if let pick { try store.untick(pick) }
            case 3:
                if let pick { try store.setNote(of: pick, to: "note \(label)") }
            case 4:
                if let pick, var action = store.state.actions[pick] {
                    action.title = "Titre \(label)"
                    try store.perform(Change(label: "Edited", events: [.actionUpdated(action, fields: ["title"])]))
                }
            case 5:
                // Titles repeat across replicas: ids made from them collide.
                let title = "Relance \(random.next() % 3)"
                let id = ItemID.unique(from: title, fallback: "action", in: store.state)
                try store.perform(Change(label: "Added '\(title)'", events: [
                    .actionCreated(Action(id: id, commitmentID: "c-stages", title: title, rank: store.state.nextRank))]))
            case 6:
                if let pick { try store.perform(Change(label: "Deleted", events: [.actionDeleted(id: pick)])) }
            case 7:
                try store.undo()
            case 8:
                try store.redo()
            default:
                if let conflict = store.conflicts.first {
                    if random.next() % 2 == 0 { try store.take(conflict.id) } else { try store.dismiss(conflict.id) }
                }
            }
        } catch {}
        let after = store.journal?.lastSeq ?? 0
        if after > before { member.acknowledged.append(RecordRef(replica: store.journal!.replica, seq: after)) }
    }

    private func expectConverged(_ members: [Member], _ team: TeamFolder, seed: UInt64) throws {
        let first = TeamFolder.canonical(members[0].store)
        let kinds = Dictionary(grouping: members[0].store.conflicts, by: \.kind).mapValues(\.count)
        print("seed \(seed): \(members.count) replicas, \(members.flatMap(\.acknowledged).count) changes acknowledged, conflicts \(kinds)")
        for (index, member) in members.enumerated() {
            #expect(TeamFolder.canonical(member.store) == first, "replica \(index + 1) differs (seed \(seed))")
            for ack in members.flatMap(\.acknowledged) {
                #expect((member.store.ledger.frontier[ack.replica] ?? 0) >= ack.seq, "replica \(index + 1) lacks \(ack) (seed \(seed))")
            }
            // Every replica's journals alone, replayed from their start, give the same bytes.
            let (_, whole) = try Journal.open(directory: team.directory(team.ids[index]), JournalOptions(readOnly: true, useCache: false))
            var replayed = Ledger(state: whole.state)
            replayed.conflicts = whole.conflicts
            #expect(LineCodec.encode(Snapshot(replica: "", lastSeq: 0, files: [], takenAt: "", ledger: replayed)) == first,
                    "replica \(index + 1)'s journals replay to other bytes (seed \(seed))")
        }
    }

    @Test(arguments: seeds)
    func replicasSharingThroughABareGitRepositoryConverge(seed: UInt64) throws {
        print("TeamConvergence git: seed \(seed) (rerun with ACCORD_SEED=\(seed))")
        var random = SplitMix64(seed: seed)
        let count = 3 + Int(random.next() % 3)
        let team = TeamFolder(replicas: count, skews: (0..<count).map { _ in Double(Int(random.next() % 172_800) - 86_400) })
        let bare = team.root + "/shared.git"
        let made = try GitRunner(directory: team.root).run(["init", "-q", "--bare", bare])
        #expect(made.succeeded, "\(made.complaint)")
        var members: [Member] = []
        for index in 0..<count {
            try GitSync.initialize(directory: team.directory(team.ids[index]), url: bare)
            // Small journals: each replica freezes its file and starts another now and then.
            let store = try team.open(index, rotationAbove: 1_500 + Int(random.next() % 3_000))
            if index == 0 { try store.perform(Change(label: "seed", events: Self.seedEvents)) }
            members.append(Member(store))
            _ = try GitSync(store: store).sync()
        }
        for round in 0..<4 {
            for (index, member) in members.enumerated() {
                for step in 0..<Int(random.next() % 6) {
                    team.clocks[index].advance(Double(random.next() % 600))
                    randomChange(member, &random, label: "\(round)-\(index)-\(step)")
                }
            }
            // A random subset syncs, in a random order.
            for index in members.indices.shuffled(using: &random) where random.next() % 3 != 0 {
                _ = try GitSync(store: members[index].store).sync()
            }
        }
        for _ in 0..<2 {
            for member in members { _ = try GitSync(store: member.store).sync() }
        }
        try expectConverged(members, team, seed: seed)
    }

    @Test(arguments: seeds)
    func replicasSharingAFolderWithConflictCopiesConverge(seed: UInt64) throws {
        print("TeamConvergence folder: seed \(seed) (rerun with ACCORD_SEED=\(seed))")
        var random = SplitMix64(seed: seed)
        let count = 3 + Int(random.next() % 3)
        let team = TeamFolder(replicas: count, skews: (0..<count).map { _ in Double(Int(random.next() % 172_800) - 86_400) })
        let rotations = (0..<count).map { _ in 1_500 + Int(random.next() % 3_000) }
        let seeded = try team.open(0, rotationAbove: rotations[0])
        try seeded.perform(Change(label: "seed", events: Self.seedEvents))
        for index in 1..<count { team.copy(from: 0, to: index) }
        var members = [Member(seeded)]
        for index in 1..<count { members.append(Member(try team.open(index, rotationAbove: rotations[index]))) }
        for round in 0..<4 {
            for (index, member) in members.enumerated() {
                for step in 0..<Int(random.next() % 6) {
                    team.clocks[index].advance(Double(random.next() % 600))
                    randomChange(member, &random, label: "\(round)-\(index)-\(step)")
                }
            }
            for _ in 0..<Int(random.next() % UInt64(count * 2)) {
                let from = Int(random.next() % UInt64(count)), to = Int(random.next() % UInt64(count))
                guard from != to else { continue }
                if random.next() % 3 == 0 {
                    // The tool kept the incoming version as a conflict copy, beside the older one.
                    team.copyAsConflictCopies(from: from, to: to, stamp: "\(round)\(from)\(to)")
                } else {
                    team.copy(from: from, to: to)
                }
                try members[to].store.followOthers()
            }
        }
        for _ in 0..<2 {
            for from in 0..<count { for to in 0..<count where from != to { team.copy(from: from, to: to) } }
        }
        for member in members { try member.store.followOthers() }
        try expectConverged(members, team, seed: seed)
    }

    static let seedEvents: [Event] = {
        let small = Fixtures.small
        var events: [Event] = small.sortedPartners.map { .partnerCreated($0) }
        events += small.sortedAgreements().map { .agreementCreated($0) }
        events += small.commitments.values.sorted { $0.rank < $1.rank }.map { .commitmentCreated($0) }
        events += small.actions.values.sorted { $0.rank < $1.rank }.map { .actionCreated($0) }
        return events
    }()
}
