import AccordCore
import AccordTUI
import Foundation

// One libFuzzer binary for the four parsers of untrusted text; ACCORD_FUZZ_TARGET picks one:
//   journal  a journal file (JournalScan), and the input as the JSON of a record and of a
//            snapshot, framed with a correct checksum so that the JSON reader is reached;
//            records that decode are replayed through the ledger
//   import   a YAML/JSON import file, applied to the sample data when it is accepted, then
//            exported and imported again (must give the same state)
//   theme    a theme file
//   query    a search query, run against the sample data's index
// A crash, a trap, a sanitizer report or a timeout is a finding; a thrown error is the
// expected answer to bad input.

/// Which parser this run feeds.
enum FuzzTarget: String {
    case journal, `import`, theme, query

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["ACCORD_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("accord-fuzz: set ACCORD_FUZZ_TARGET to journal, import, theme or query\n".utf8))
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
