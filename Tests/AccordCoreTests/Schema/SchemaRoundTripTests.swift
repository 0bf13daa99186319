import Foundation
import Testing
@testable import AccordCore

/// Every model and every event, with every field set to a random non-default value,
/// comes back equal through a journal record, a snapshot, and export → import.
/// A failing seed is named in the message; rerun it with `ACCORD_SEED=N swift test --filter SchemaRoundTrip`.
@Suite struct SchemaRoundTripTests {
    static let seeds: [UInt64] = ProcessInfo.processInfo.environment["ACCORD_SEED"].flatMap(UInt64.init).map { [$0] }
        ?? Array(1...25)

    @Test(arguments: seeds)
    func aRecordOfEveryEventTypeReadsBackEqual(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var events: [Event] = []
        for kind in Event.Kind.allCases {
            events.append(Event.arbitrary(kind, &random))
        }
        var record = JournalRecord.arbitrary(&random)
        record.version = JournalRecord.currentVersion
        record.change.events = events.shuffled(using: &random)
        let line = LineCodec.encode(record)
        #expect(line.last == UInt8(ascii: "\n") && !line.dropLast().contains(UInt8(ascii: "\n")), "seed \(seed): one line")
        let read = LineCodec.decode(JournalRecord.self, from: line.dropLast())
        #expect(read == .success(record), "seed \(seed)")
    }

    @Test(arguments: seeds)
    func aSnapshotOfRandomItemsAndHistoryReadsBackEqual(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var snapshot = Snapshot.arbitrary(&random)
        snapshot.version = Snapshot.currentVersion
        let line = LineCodec.encode(snapshot)
        #expect(LineCodec.decode(Snapshot.self, from: line.dropLast()) == .success(snapshot), "seed \(seed)")
        // Without history, everything but the stacks.
        let withoutHistory = line.dropLast().withUnsafeBufferPointer { buffer in
            LineCodec.decodeNotingUnknownKeys(from: buffer) { reader throws(JSONPullReader.SyntaxError) in
                try Snapshot(reading: &reader, history: false)
            }
        }
        var expected = snapshot
        expected.undoStack = []
        expected.redoStack = []
        #expect((try? withoutHistory.get().0) == expected, "seed \(seed)")
    }

    /// Export keeps every field a person can set; ranks are given anew on import, in the same order.
    @Test(arguments: seeds)
    func exportThenImportGivesBackEveryField(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let references: Set<String> = ["id", "agreementID", "categoryID", "commitmentID", "signatories", "associates", "ownerID", "rank"]
        func fill<Model>(_ model: Model, _ schema: Schema<Model>) -> Model {
            ArbitraryValues.fill(model, schema, keeping: references, &random)
        }
        var state = AccordState.withBuiltInCategories
        var rank = state.nextRank
        func next() -> Int { defer { rank += 1 }; return rank }
        var events: [Event] = [
            .categoryCreated(fill(AccordCore.Category(id: "own-category", name: "", rank: next()), AccordCore.Category.schema)),
        ]
        for id in ["p1", "p2", "p3"] {
            events.append(.partnerCreated(fill(Partner(id: id, name: "", kind: .other, rank: next()), Partner.schema)))
        }
        events.append(.agreementCreated(fill(Agreement(id: "ag", title: "", signatories: ["p1", "p2"], associates: ["p3"], rank: next()),
                                             Agreement.schema)))
        for (index, category) in ["own-category", "incubator"].enumerated() {
            events.append(.commitmentCreated(fill(Commitment(id: "c\(index)", agreementID: "ag", categoryID: category, title: "",
                                                             ownerID: "p3", rank: next()), Commitment.schema)))
            var action = fill(Action(id: "x\(index)", commitmentID: "c\(index)", title: "", rank: next()), Action.schema)
            // A series is done occurrence by occurrence: the first action recurs, the second is done.
            if index == 0 { action.doneOn = nil } else { action.repeats = nil }
            events.append(.actionCreated(action))
        }
        // An agreement's term is 1 to 100 years.
        if case .agreementCreated(var agreement) = events[4] {
            agreement.termYears = Int.random(in: 1...100, using: &random)
            events[4] = .agreementCreated(agreement)
        }
        _ = try Reducer.apply(Change(label: "random", events: events), to: &state)

        for format in ["yaml", "json"] {
            let text = try ExportWriter.text(of: state, as: ExportFormat(rawValue: format)!)
            var imported = AccordState.withBuiltInCategories
            let change = try ImportDocument(text: text, file: "export.\(format)").change(for: imported)
            _ = try Reducer.apply(change, to: &imported)
            // The same items in the same order; only the ranks differ (given anew from the state's next rank).
            func sameItems<Item: Identifiable & Equatable>(_ a: [String: Item], _ b: [String: Item], rank: (Item) -> Int,
                                                          settingRank: (inout Item, Int) -> Void) where Item.ID == String {
                let left = a.values.sorted { rank($0) < rank($1) }, right = b.values.sorted { rank($0) < rank($1) }
                #expect(left.map(\.id) == right.map(\.id), "seed \(seed), \(format): order")
                for (original, back) in zip(left, right) {
                    var back = back
                    settingRank(&back, rank(original))
                    #expect(back == original, "seed \(seed), \(format): \(original.id) differs after export and import:\n\(text)")
                }
            }
            sameItems(state.partners, imported.partners, rank: \.rank) { $0.rank = $1 }
            sameItems(state.agreements, imported.agreements, rank: \.rank) { $0.rank = $1 }
            sameItems(state.commitments, imported.commitments, rank: \.rank) { $0.rank = $1 }
            sameItems(state.actions, imported.actions, rank: \.rank) { $0.rank = $1 }
            sameItems(state.categories, imported.categories, rank: \.rank) { $0.rank = $1 }
        }
    }
}
