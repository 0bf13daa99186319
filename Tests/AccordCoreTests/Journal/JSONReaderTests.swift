import Foundation
import Testing
@testable import AccordCore

@Suite struct JSONReaderTests {
    private func line<T: JournalValue>(_ value: T) throws -> ArraySlice<UInt8> {
        let bytes = LineCodec.encode(value)
        return bytes[..<(bytes.count - 1)]
    }

    /// The JSON part of a line as Foundation's own parser reads it: an independent check that it is valid JSON.
    private func foundationObject(_ line: ArraySlice<UInt8>) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.dropFirst(9))) as? [String: Any])
    }

    @Test func aSnapshotReadsBackEqualAndFoundationReadsItToo() throws {
        var ledger = Ledger()
        try ledger.apply(.change, try SampleData.change(for: ledger.state))
        try ledger.apply(.change, Change(label: "t", events: [.actionTicked(id: "uo-h1", on: Day("2026-01-02")!),
                                                             .noteSet(id: "uo-h2", note: "«é» \"q\" \\ \n\t\u{1B}[0m 🎓 \u{2028}")]))
        try ledger.apply(.undo, try ledger.pending(.undo))
        ledger.merge(JournalRecord(replica: "b7", seq: 1, clock: 5, at: "2026-11-22T00:00:00Z", kind: .change,
                                   change: Change(label: "n", events: [.noteSet(id: "uo-h3", note: "b")])), mine: false)
        let snapshot = Snapshot(replica: "a1", lastSeq: 9, files: [FilePosition(name: "a1.log", offset: 4_096)],
                                takenAt: "2026-11-22T00:00:00Z", ledger: ledger)
        let encoded = try line(snapshot)
        guard case .success(let fast) = LineCodec.decode(Snapshot.self, from: encoded) else {
            Issue.record("the reader refused a snapshot it wrote")
            return
        }
        #expect(fast == snapshot)
        let object = try foundationObject(encoded)
        let redo = try #require(object["redo"] as? [[String: Any]])
        let events = try #require(redo.first?["events"] as? [[String: Any]])
        #expect(events.contains { $0["note"] as? String == "«é» \"q\" \\ \n\t\u{1B}[0m 🎓 \u{2028}" })
    }

    @Test(arguments: 1...20)
    func randomRecordsReadBackEqual(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let alphabet = Array("aé€🎓\"\\/\n\t\r\u{0}\u{1F}\u{7F}\u{2028}東 '<>&") + ["x", "y"]
        func text() -> String { String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }) }
        let events: [Event] = [
            .partnerCreated(Partner(id: "p", name: text(), shortName: text(), kind: .cluster, place: text(), description: text(), rank: 3)),
            .agreementUpdated(Agreement(id: "a", title: text(), signatories: ["p", "q"], associates: [text()], signed: Day("2020-01-01"),
                                        termYears: Int.random(in: 1...9, using: &random), status: .renewed, summary: text(), source: text(), rank: -4)),
            .commitmentCreated(Commitment(id: "c", agreementID: "a", categoryID: "incubator", title: text(), ownerID: nil, due: Day("2030-12-31"))),
            .actionUpdated(Action(id: "x", commitmentID: "c", title: text(), doneOn: nil, note: text(), due: nil, rank: Int.max)),
            .actionTicked(id: "x", on: Day("2024-02-29")!), .actionUnticked(id: "x"), .noteSet(id: "x", note: text()),
            .categoryCreated(Category(id: "k", name: text(), rank: 0)), .categoryDeleted(id: "k"),
        ]
        let record = JournalRecord(replica: "a1-\(seed)", seq: seed, clock: 1_796_000_000_000_000 + seed,
                                   seen: seed.isMultiple(of: 2) ? [] : [RecordRef(replica: "b2", seq: seed * 3)],
                                   at: "2026-11-22T10:00:00Z", kind: .redo,
                                   change: Change(label: text(), events: events.shuffled(using: &random)),
                                   settles: seed.isMultiple(of: 3) ? ["b2:1:x"] : [])
        let encoded = try line(record)
        guard case .success(let fast) = LineCodec.decode(JournalRecord.self, from: encoded) else {
            Issue.record("refused: \(String(decoding: encoded, as: UTF8.self))")
            return
        }
        #expect(fast == record)
        let object = try foundationObject(encoded)
        #expect(object["label"] as? String ?? "" == record.change.text)
        #expect((object["events"] as? [Any])?.count == events.count)
    }

    @Test func escapesAndSurrogatePairs() throws {
        let bytes = ArraySlice(Array(#"{"a":"\u00e9\ud83c\udf93\n\"\\\/","b":[1,-2,true,false,null],"c":{}}"#.utf8))
        var text = ""
        var numbers: [Int] = []
        try JSONPullReader.read(bytes) { reader throws(JSONPullReader.SyntaxError) in
            try reader.object { key, reader throws(JSONPullReader.SyntaxError) in
                switch key {
                case "a": text = try reader.string()
                case "b":
                    try reader.array { reader throws(JSONPullReader.SyntaxError) in
                        if let n = try? reader.int() { numbers.append(n) } else { try reader.skip() }
                    }
                default: try reader.skip()
                }
            }
        }
        #expect(text == "é🎓\n\"\\/")
        #expect(numbers == [1, -2])
    }

    @Test(arguments: [
        "", "{", "{\"a\"", "{\"a\":}", "{\"a\":1,}", "[1,]", "\"\\ud800\"", "\"\\udc00x\"", "\"\\q\"", "01x", "01", "1.", "-", "1e",
        "\"\u{1}\"", "tru", "nul", "{\"a\":1} x", String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func malformedJSONIsRefused(text: String) {
        #expect(throws: JSONPullReader.SyntaxError.self) {
            try JSONPullReader.read(ArraySlice(Array(text.utf8))) { reader throws(JSONPullReader.SyntaxError) in try reader.skip() }
        }
    }

    /// Any JSON number is a value `skip` passes (a newer Accord's field, an import's text); a
    /// model's whole number refuses what is not one.
    @Test(arguments: ["1.5", "1e3", "-0.25E-2", "99999999999999999999"])
    func skipPassesEveryJSONNumberButIntWantsAWholeOne(text: String) throws {
        try JSONPullReader.read(ArraySlice(Array(text.utf8))) { reader throws(JSONPullReader.SyntaxError) in try reader.skip() }
        #expect(throws: JSONPullReader.SyntaxError.self) {
            try JSONPullReader.read(ArraySlice(Array(text.utf8))) { reader throws(JSONPullReader.SyntaxError) in _ = try reader.int() }
        }
    }

    /// Every cut of a record is refused (random mutations are the fuzzer's: scripts/fuzz, journal).
    @Test func everyTruncationOfARecordIsRefused() throws {
        let record = JournalRecord(seq: 7, at: "2026-11-22T10:00:00Z", kind: .change,
                                   change: Change(label: "Ticked 'é🎓'", events: [.actionTicked(id: "uo-h1", on: Day("2026-11-22")!)]))
        let json = Array(try line(record).dropFirst(9))
        func read(_ bytes: ArraySlice<UInt8>) throws -> JournalRecord {
            try JSONPullReader.read(bytes) { reader throws(JSONPullReader.SyntaxError) in try JournalRecord(reading: &reader) }
        }
        #expect(try read(json[...]) == record)
        for cut in 0..<json.count {
            if (try? read(json[..<cut])) != nil { Issue.record("a record cut at \(cut) was accepted") }
        }
    }
}

@Suite struct CRC32CTests {
    /// The bit-by-bit definition, to check the sliced tables against.
    static func reference(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @Test func knownVectorsAndEveryLengthMatchTheDefinition() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        var random = SplitMix64(seed: 5)
        for length in 0..<70 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            #expect(CRC32C.checksum(bytes) == Self.reference(bytes), "length \(length)")
            #expect(CRC32C.checksum(bytes[...]) == Self.reference(bytes), "slice, length \(length)")
        }
    }
}
