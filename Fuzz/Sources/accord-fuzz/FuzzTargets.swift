import AccordCore
import AccordTUI
import Foundation

// One libFuzzer binary for the parsers of untrusted text; ACCORD_FUZZ_TARGET picks one:
//   journal  a journal file (JournalScan), and the input as the JSON of a record and of a
//            snapshot, framed with a correct checksum so that the JSON reader is reached;
//            records that decode are replayed through the ledger
//   import   a YAML/JSON import file, applied to the sample data when it is accepted, then
//            exported and imported again (must give the same state)
//   theme    a theme file
//   query    a search query, run against the sample data's index
//   deadline a recurrence as a person writes it and a title: the rule's occurrences must be
//            in order and on the rule, and the calendar holding them must be RFC 5545 lines
//            (CRLF, at most 75 octets, each whole UTF-8)
//   merge    records from other replicas (one JSON record a line, framed with its checksum
//            here): merged in key order into the sample data twice, which must agree; every
//            conflict's short id is its own; taking each conflict back changes the data or
//            says why not, and never traps
//   snapshot the cache (local/snapshot.sqlite) of a data directory holding the
//            sample data and a little history, damaged as the input says (its bytes overwritten
//            at chosen offsets, cut short, or replaced whole), then opened for a part: whatever
//            the part holds must be what the journals hold (a damaged file is set aside, never
//            believed)
//   signed   records from other replicas, one JSON record a line after a byte saying which
//            file it goes to (the replica's own or a conflict copy) and how it is signed (not,
//            by its replica's key, by another's, with a byte changed after signing, carrying
//            a new key): read whole, and read file by file in another order, the state and
//            the records set aside must be the same; no record applied may fail its check
// A crash, a trap, a sanitizer report or a timeout is a finding; a thrown error is the
// expected answer to bad input.

/// Which parser this run feeds.
enum FuzzTarget: String {
    case journal, `import`, theme, query, deadline, snapshot, merge, signed

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["ACCORD_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("accord-fuzz: set ACCORD_FUZZ_TARGET to journal, import, theme, query, deadline, snapshot, merge or signed\n".utf8))
            exit(2)
        }
        return target
    }()
}

let sampleState: AccordState = {
    var state = AccordState.withBuiltInCategories
    _ = try! Reducer.apply(try! SampleData.change(for: state), to: &state)
    return state
}()

let sampleIndex = SearchIndex(sampleState)
let fuzzDay = Day(year: 2026, month: 11, day: 22)!

/// One input, from libFuzzer (see main.swift).
func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch FuzzTarget.current {
    case .journal: fuzzJournal(bytes)
    case .import: fuzzImport(bytes)
    case .theme: _ = try? ThemeLoader.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml")
    case .query: fuzzQuery(bytes)
    case .deadline: fuzzDeadline(bytes)
    case .snapshot: fuzzSnapshot(bytes)
    case .merge: fuzzMerge(bytes)
    case .signed: fuzzSigned(bytes)
    }
    return 0
}

func fuzzJournal(_ bytes: [UInt8]) {
    let scan = JournalScan(bytes)
    var ledger = Ledger(state: sampleState)
    for entry in scan.entries { _ = try? ledger.apply(entry.record.kind, entry.record.change) }
    // The same bytes as one record's JSON, with a checksum that matches.
    var framed = Array(CRC32C.hex(bytes[...]).utf8)
    framed.append(UInt8(ascii: " "))
    framed += bytes
    if case .success(let record) = LineCodec.decode(JournalRecord.self, from: framed[...]) {
        _ = try? ledger.apply(record.kind, record.change)
    }
    if case .success(let snapshot) = LineCodec.decode(Snapshot.self, from: framed[...]) {
        _ = snapshot.ledger
    }
}

func fuzzMerge(_ bytes: [UInt8]) {
    var records: [JournalRecord] = []
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
        var framed = Array(CRC32C.hex(line).utf8)
        framed.append(UInt8(ascii: " "))
        framed += line
        guard case .success(let record) = LineCodec.decode(JournalRecord.self, from: framed[...]),
              !record.replica.isEmpty, record.replica != "here", record.seq > 0 else { continue }
        records.append(record)
    }
    // Each replica's records in order, one of each number, as the journals give them.
    var seen = Set<RecordRef>()
    records = records.filter { seen.insert($0.ref).inserted }.sorted { $0.key < $1.key }
    func merged() -> Ledger {
        var ledger = Ledger(state: sampleState)
        for record in records where record.seq == (ledger.frontier[record.replica] ?? 0) + 1 { ledger.merge(record, mine: false) }
        return ledger
    }
    let ledger = merged()
    guard merged() == ledger else { fatalError("merging the same records twice gave two ledgers") }
    let ids = ledger.conflicts.map(\.shortID)
    guard Set(ledger.conflicts.map(\.id)).count == Set(ids).count else { fatalError("two conflicts share a short id") }
    for conflict in ledger.conflicts {
        let store = Store(ledger: ledger, journal: nil)
        if (try? store.take(conflict.id)) != nil, store.conflicts.contains(where: { $0.id == conflict.id }) {
            fatalError("a conflict taken back is still listed")
        }
        _ = conflict.sentence(names: ReplicaNames())
    }
}

func fuzzImport(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let document = try? ImportDocument(text: text, file: "fuzz.yaml"),
          let change = try? document.change(for: sampleState) else { return }
    var state = sampleState
    guard (try? Reducer.apply(change, to: &state)) != nil else { return }
    // What was accepted exports and imports back to the same items.
    let exported = try! ExportWriter.text(of: state, as: .yaml)
    let again = try! ImportDocument(text: exported, file: "export.yaml")
    var fresh = AccordState.withBuiltInCategories
    _ = try! Reducer.apply(try! again.change(for: fresh), to: &fresh)
    precondition(fresh.partners.count == state.partners.count && fresh.actions.count == state.actions.count,
                 "export and import again lost items")
}

func fuzzQuery(_ bytes: [UInt8]) {
    guard let query = try? SearchQuery.parse(String(decoding: bytes, as: UTF8.self)) else { return }
    let hits = sampleIndex.search(query, in: sampleState, today: fuzzDay, limit: 50)
    for hit in hits {
        _ = SearchIndex.text(of: hit, in: sampleState, terms: query.highlightTerms)
    }
    // The one-shot scan ranks exactly as the index does.
    precondition(SearchScan.search(query, in: sampleState, today: fuzzDay, limit: 50) == hits, "the scan and the index disagree")
}

func fuzzDeadline(_ bytes: [UInt8]) {
    // The first line is the rule, the rest a title and a description.
    let text = String(decoding: bytes, as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard let rule = try? RecurrenceInput.parse(parts[0], due: nil, today: fuzzDay) else { return }
    let days = rule.occurrences(from: fuzzDay.adding(days: -400), through: fuzzDay.adding(days: 4000))
    precondition(zip(days, days.dropFirst()).allSatisfy { $0 < $1 }, "occurrences out of order")
    precondition(days.allSatisfy(rule.occurs(on:)), "an occurrence the rule does not have")
    precondition(Recurrence(text: rule.text) == rule, "the written form does not read back")
    var state = sampleState
    let title = parts.count > 1 && !parts[1].allSatisfy(\.isWhitespace) ? parts[1] : "T"
    var commitment = Commitment(id: "fuzz", agreementID: "upec-gosb", categoryID: "governance", title: title,
                                description: title, rank: state.nextRank)
    commitment.repeats = rule
    commitment.links = [ItemLink(target: title, label: title)]
    guard (try? Reducer.apply(.commitmentCreated(commitment), to: &state)) != nil else { return }
    let calendar = CalendarWriter(stamp: Date(timeIntervalSince1970: 0), today: fuzzDay).calendar(of: state)
    let utf8 = Array(calendar.utf8)
    var start = 0
    for index in utf8.indices where utf8[index] == 10 {
        precondition(index > start && utf8[index - 1] == 13, "a line not ended by CRLF")
        let line = Array(utf8[start..<(index - 1)])
        precondition(line.count <= 75, "a line over 75 octets")
        precondition(String(validating: line, as: UTF8.self) != nil, "a fold cut a UTF-8 character")
        precondition(!line.contains(13), "a CR inside a line")
        start = index + 1
    }
    precondition(start == utf8.count, "the calendar does not end with CRLF")
}

/// A data directory holding the sample data, a tick, a note and an undo, its snapshot read in
/// place as written, and the ledger its journal replays to.
let snapshotFixture: (layout: DataLayout, file: [UInt8], whole: Ledger) = {
    let directory = NSTemporaryDirectory() + "accord-fuzz-snapshot-\(getpid())"
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "accord-fuzz-snapshot-\(getpid())") }
    let store = try! Store.open(directory: directory, JournalOptions(cacheAbove: 0))
    try! store.perform(try! SampleData.change(for: store.state))
    try! store.tick("uo-h1")
    try! store.setNote(of: "uo-h2", to: "mission handicap")
    try! store.undo()
    // Written whole, its log empty: every row is in the file the inputs damage.
    try! store.rebuildCache()
    let layout = store.journal!.layout
    let file = try! PosixFileSystem().readFile(layout.cache)!
    return (layout, file, try! Journal.open(layout, JournalOptions(readOnly: true, useCache: false)).1)
}()

let snapshotScopes: [ReadScope] = [.items(["uo-h1"]), .items(["upmc-opticsvalley"]), .items(["uo-handicap"]), .undo, .redo,
                                   .search(try! SearchQuery.parse("handicap"), today: fuzzDay, limit: 3),
                                   .search(try! SearchQuery.parse("form partner:upmc"), today: fuzzDay, limit: 3)]

func fuzzSnapshot(_ bytes: [UInt8]) {
    guard let mode = bytes.first else { return }
    let (layout, good, whole) = snapshotFixture
    var file = good
    let rest = bytes.dropFirst()
    switch mode % 3 {
    case 0:
        // Overwrites: 3 bytes of offset (little-endian, within the file), then the byte written there.
        var at = rest.startIndex
        while at + 4 <= rest.endIndex {
            let offset = (Int(rest[at]) | Int(rest[at + 1]) << 8 | Int(rest[at + 2]) << 16) % file.count
            file[offset] = rest[at + 3]
            at += 4
        }
    case 1:
        // Cut short where the first three bytes say.
        let cut = rest.prefix(3).reduce(0) { $0 << 8 | Int($1) }
        file = Array(file.prefix(cut % (file.count + 1)))
    default:
        file = Array(rest)
    }
    let path = layout.cache
    for side in ["-wal", "-shm", "-journal"] { unlink(path + side) }
    try! PosixFileSystem().writeFile(path, file)
    let scope = snapshotScopes[Int(mode / 3) % snapshotScopes.count]
    // Opened to write, as commands open it: a damaged file is set aside and written again.
    guard let (journal, ledger) = try? Journal.open(layout, JournalOptions(scope: scope, cacheAbove: 0)) else { return }
    let state = ledger.state, truth = whole.state
    precondition(state.categories == truth.categories && state.nextRank == truth.nextRank, "categories or rank not as the journals say")
    precondition(state.partners.allSatisfy { truth.partners[$0.key] == $0.value }, "a partner not as the journals say")
    precondition(state.agreements.allSatisfy { truth.agreements[$0.key] == $0.value }, "an agreement not as the journals say")
    precondition(state.commitments.allSatisfy { truth.commitments[$0.key] == $0.value }, "a commitment not as the journals say")
    precondition(state.actions.allSatisfy { truth.actions[$0.key] == $0.value }, "an action not as the journals say")
    precondition(ledger.undoStack.isEmpty || ledger.undoStack.last == whole.undoStack.last, "the change to undo is not the journals'")
    precondition(ledger.redoStack.isEmpty || ledger.redoStack.last == whole.redoStack.last, "the change to redo is not the journals'")
    if !journal.isPartial { precondition(ledger.state == truth, "read whole, yet not as the journals say") }
}

/// A data directory holding the sample data, its own journal written once: each input's
/// files are put beside it in `journal/`.
let signedFixture: DataLayout = {
    let directory = NSTemporaryDirectory() + "accord-fuzz-signed-\(getpid())"
    atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "accord-fuzz-signed-\(getpid())") }
    let store = try! Store.open(directory: directory, JournalOptions(cacheAbove: 0))
    try! store.perform(try! SampleData.change(for: store.state))
    return store.journal!.layout
}()

/// The key the fuzzer gives `replica` (another one for "mallory").
func fuzzKey(_ replica: String) -> ReplicaKeyPair {
    ReplicaKeyPair(seed: Ed25519.digest(Array("fuzz key of \(replica)".utf8)))
}

func fuzzSigned(_ bytes: [UInt8]) {
    let layout = signedFixture
    let fileSystem = PosixFileSystem()
    // Each line: a byte (bit 0: the replica's file or a conflict copy; bits 1-3: how it is
    // signed), then a record's JSON.
    var files: [String: [UInt8]] = [:]
    for line in bytes.split(separator: UInt8(ascii: "\n")).prefix(64) {
        guard let mode = line.first else { continue }
        let json = Array(line.dropFirst())
        var framed = Array(CRC32C.hex(json[...]).utf8)
        framed.append(UInt8(ascii: " "))
        framed += json
        guard case .success(var record) = LineCodec.decode(JournalRecord.self, from: framed[...]),
              ReplicaIdentity.isValid(record.replica), record.replica != layout.replica, record.group == nil else { continue }
        record.signature = nil
        let own = fuzzKey(record.replica)
        var encoded: [UInt8]
        switch (mode >> 1) % 6 {
        case 0: encoded = LineCodec.encode(record)
        case 1: record.publicKey = own.publicKey.base64; encoded = RecordSignature.signedLine(record, by: own)
        case 2: encoded = RecordSignature.signedLine(record, by: own)
        case 3:
            let mallory = fuzzKey("mallory")
            record.publicKey = mallory.publicKey.base64
            encoded = RecordSignature.signedLine(record, by: mallory)
        case 4:
            // A new key, signed by the replica's.
            record.publicKey = fuzzKey(record.replica + " again").publicKey.base64
            encoded = RecordSignature.signedLine(record, by: own)
        default:
            // A byte of the JSON changed after signing, its checksum made again.
            var json = Array(RecordSignature.signedLine(record, by: own).dropFirst(9).dropLast())
            json[Int(mode) % max(1, json.count - 100)] ^= 0x20
            encoded = Array(CRC32C.hex(json[...]).utf8) + [UInt8(ascii: " ")] + json + [UInt8(ascii: "\n")]
        }
        let name = record.replica + (mode & 1 == 0 ? ".log" : ".sync-conflict-1.log")
        files[name, default: []] += encoded
    }
    for name in fileSystem.listDirectory(layout.journals) where !name.hasPrefix(layout.replica) { unlink(layout.inJournals(name)) }
    // Whole.
    for (name, content) in files { try! fileSystem.writeFile(layout.inJournals(name), content) }
    guard let (wholeJournal, whole) = try? Journal.open(layout, JournalOptions(readOnly: true, useCache: false)) else { return }
    // File by file, in the other order, followed as they arrive.
    for name in files.keys { unlink(layout.inJournals(name)) }
    guard let store = try? Store.open(directory: layout.directory, JournalOptions(readOnly: true, useCache: false)) else { return }
    for name in files.keys.sorted(by: >) {
        try! fileSystem.writeFile(layout.inJournals(name), files[name]!)
        _ = try? store.followOthers()
    }
    let keys = wholeJournal.replicaKeys, followed = store.journal!.replicaKeys
    precondition(store.state == whole.state, "read file by file, the state differs from the state read whole")
    precondition(Set(keys.setAside) == Set(followed.setAside), "read file by file, other records are set aside: \(keys.setAside) \(followed.setAside)")
    precondition(keys.chains == followed.chains, "read file by file, the keys differ")
}
