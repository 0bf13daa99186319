import Foundation

/// What reading a journal segment found: the good records, the damaged lines,
/// and a torn tail left by an interrupted append.
public struct JournalScan: Sendable {
    /// A record that read cleanly, with where it sits.
    public struct Entry: Sendable {
        public var record: JournalRecord
        public var line: Int
        public var byteRange: Range<Int>
    }

    /// A line that could not be read.
    public struct Damage: Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var byteRange: Range<Int>
        public var problem: String
        public var description: String { "line \(line): \(problem)" }
    }

    /// A line written by a newer Accord: its version, a key or a name this build does not know.
    public struct NewerRecord: Sendable, Hashable, CustomStringConvertible {
        /// Its line in the bytes scanned (1 for the first).
        public var line: Int
        /// Its sequence number, when it can be read.
        public var seq: Int?
        /// What was not understood ("'owner' of an action").
        public var what: String
        /// The lines of the file before the bytes scanned, when known (a file read from an
        /// offset): the line said is the file's. Nil when unknown: the place is said in bytes.
        public var linesBefore: Int? = 0
        /// The offset in the file of the bytes scanned, said when the lines before are unknown.
        public var bytesBefore = 0
        public var description: String {
            let place = linesBefore.map { "at line \($0 + line)" } ?? "after byte \(bytesBefore)"
            return "written by a newer Accord (\(what), in record \(seq.map(String.init) ?? "?") \(place))"
        }

        /// The same record placed in the file the scanned bytes come from.
        func placed(linesBefore: Int?, bytesBefore: Int) -> NewerRecord {
            var placed = self
            placed.linesBefore = linesBefore
            placed.bytesBefore = bytesBefore
            return placed
        }
    }

    public private(set) var entries: [Entry] = []
    /// The first line written by a newer Accord; the scan stops there (what follows is left as it is).
    public private(set) var newerRecord: NewerRecord?
    /// Damaged lines followed by at least one good record.
    public private(set) var damage: [Damage] = []
    /// Bytes after the last good record that hold no good record (a torn append).
    public private(set) var tornTail: Damage?
    /// Bytes of the file up to and including the last good record's newline.
    public private(set) var goodLength: Int = 0
    /// True when the bytes end inside a group of records (see `RecordGroup`): its last records
    /// are still being written, or copied. It is part of `tornTail`.
    public private(set) var endsInsideAGroup = false

    /// Reads `bytes`, one record per `\n`-terminated line; the records of a group come back as
    /// one entry (the group's change, numbered as its last record, spanning its lines) once the
    /// last of them is read — a group cut short by damage is damage, line by line.
    public init(_ bytes: [UInt8]) {
        var pendingDamage: [Damage] = []
        // The records of a group read so far, with their lines.
        var parts: [(record: JournalRecord, line: Int, range: Range<Int>)] = []
        func abandonParts(_ why: String) {
            pendingDamage += parts.map { Damage(line: $0.line, byteRange: $0.range, problem: why) }
            parts = []
        }
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? bytes.count
            let next = newline.map { $0 + 1 } ?? bytes.count
            let range = lineStart..<next
            if newline == nil {
                // A line still being written: the group it may belong to is not cut yet.
                pendingDamage.append(Damage(line: lineNumber, byteRange: range, problem: Self.describeUnterminated(bytes[lineStart..<lineEnd])))
            } else if lineEnd - lineStart > RecordBounds.recordBytes {
                pendingDamage.append(Damage(line: lineNumber, byteRange: range,
                                            problem: "a record of \(lineEnd - lineStart) bytes, past the bound of \(RecordBounds.recordBytes)"))
            } else {
                let line = bytes[lineStart..<lineEnd]
                switch LineCodec.decode(JournalRecord.self, from: line).flatMap(Self.withinBounds) {
                case .success(let record) where record.version > JournalRecord.currentVersion:
                    damage.append(contentsOf: pendingDamage)
                    newerRecord = NewerRecord(line: lineNumber, seq: record.seq, what: "format version \(record.version)")
                    return
                case .failure(.newerFormat(let what)):
                    damage.append(contentsOf: pendingDamage)
                    newerRecord = NewerRecord(line: lineNumber, seq: Self.sequenceNumber(in: line), what: what)
                    return
                case .success(let record):
                    if let group = record.group {
                        if record.seq == group.first {
                            if !parts.isEmpty { abandonParts("a group of records cut short by another group") }
                            parts = [(record, lineNumber, range)]
                        } else if let last = parts.last?.record, last.group == group, last.seq + 1 == record.seq, last.replica == record.replica {
                            parts.append((record, lineNumber, range))
                        } else {
                            abandonParts("a group of records cut short")
                            pendingDamage.append(Damage(line: lineNumber, byteRange: range,
                                                        problem: "record \(record.seq) of a group whose records before it are missing"))
                            break
                        }
                        guard record.seq == group.last else { break }
                        damage.append(contentsOf: pendingDamage)
                        pendingDamage.removeAll()
                        entries.append(Entry(record: .assembled(parts.map(\.record)), line: lineNumber, byteRange: parts[0].range.lowerBound..<next))
                        parts = []
                        goodLength = next
                        break
                    }
                    if !parts.isEmpty { abandonParts("a group of records cut short by another record") }
                    damage.append(contentsOf: pendingDamage)
                    pendingDamage.removeAll()
                    entries.append(Entry(record: record, line: lineNumber, byteRange: range))
                    goodLength = next
                case .failure(let problem):
                    if !parts.isEmpty { abandonParts("a group of records cut short by a damaged line") }
                    pendingDamage.append(Damage(line: lineNumber, byteRange: range, problem: problem.description))
                }
            }
            lineStart = next
        }
        if let open = parts.first {
            // The bytes end inside a group: it is not whole yet.
            endsInsideAGroup = true
            let group = open.record.group!
            pendingDamage.append(Damage(line: open.line, byteRange: open.range,
                                        problem: "a group of \(group.count) records ending after \(parts.count) of them"))
            pendingDamage.sort { $0.line < $1.line }
        }
        if let first = pendingDamage.first {
            let problems = pendingDamage.count == 1 ? first.problem : "\(first.problem), and \(pendingDamage.count - 1) more damaged line(s)"
            tornTail = Damage(line: first.line, byteRange: goodLength..<bytes.count, problem: problems)
        }
    }

    /// `record` when it keeps `RecordBounds`, else why not.
    private static func withinBounds(_ record: JournalRecord) -> Result<JournalRecord, LineCodec.Problem> {
        RecordBounds.problem(in: record).map { .failure(.outOfBounds($0)) } ?? .success(record)
    }

    /// The `seq` of a record that cannot be read whole.
    private static func sequenceNumber(in line: ArraySlice<UInt8>) -> Int? {
        guard line.count > 9 else { return nil }
        var seq: Int?
        _ = try? JSONPullReader.read(line.dropFirst(9)) { reader throws(JSONPullReader.SyntaxError) in
            try reader.object { key, reader throws(JSONPullReader.SyntaxError) in
                if key == "seq" { seq = try reader.int() } else { try reader.skip() }
            }
        }
        return seq
    }

    private static func describeUnterminated(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.allSatisfy({ $0 == 0 }) { return "\(bytes.count) NUL byte(s) and no end of line" }
        return "incomplete record (\(bytes.count) byte(s), no end of line)"
    }
}
