import Foundation

/// Frames a JSON value as one self-checking line: `<crc32c hex> <json>\n`.
public enum LineCodec {
    /// Why a line could not be read.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case badFraming
        case badChecksum(expected: String, found: String)
        case badJSON(String)
        case unsupportedVersion(Int)
        /// Well formed, but holding a key or a name this build does not know (`'owner' of an action`).
        case newerFormat(String)
        /// Well formed, but holding a value out of `RecordBounds`.
        case outOfBounds(String)

        public var description: String {
            switch self {
            case .badFraming: return "not a journal record (expected 8 hex digits, a space, then JSON)"
            case .badChecksum(let expected, let found): return "bad checksum (computed \(expected), line says \(found))"
            case .badJSON(let reason): return "unreadable JSON (\(reason))"
            case .unsupportedVersion(let v): return "format version \(v) is newer than this build understands"
            case .newerFormat(let what): return "written by a newer Accord (\(what))"
            case .outOfBounds(let what): return "a value out of bounds (\(what))"
            }
        }
    }

    /// The line for `value`, newline included.
    public static func encode<T: JournalValue>(_ value: T) -> [UInt8] {
        var writer = JSONWriter()
        value.write(to: &writer)
        return frame(writer.bytes)
    }

    /// The line holding the JSON `json`: its checksum, a space, the JSON, a newline.
    static func frame(_ json: [UInt8]) -> [UInt8] {
        var line = Array(CRC32C.hex(json).utf8)
        line.reserveCapacity(json.count + 10)
        line.append(UInt8(ascii: " "))
        line.append(contentsOf: json)
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// Decodes one line (without its newline); a key or name this build does not know is `.newerFormat`.
    public static func decode<T: JournalValue>(_ type: T.Type, from line: ArraySlice<UInt8>) -> Result<T, Problem> {
        line.withUnsafeBufferPointer { buffer in
            decodeNotingUnknownKeys(from: buffer) { reader throws(JSONPullReader.SyntaxError) in try T(reading: &reader) }
                .flatMap { value, unknown in unknown.isEmpty ? .success(value) : .failure(.newerFormat(unknown[0])) }
        }
    }

    /// Decodes one line (without its newline), its JSON read by `read`; returns the value and the keys
    /// no schema knew (their values skipped). `progress` is told the offsets in `line` before which
    /// nothing will be read again.
    public static func decodeNotingUnknownKeys<T>(from line: UnsafeBufferPointer<UInt8>, progress: ((Int) -> Void)? = nil,
                                                  _ read: (inout JSONPullReader) throws(JSONPullReader.SyntaxError) -> T)
        -> Result<(T, [String]), Problem> {
        guard line.count > 9 else { return .failure(.badFraming) }
        let hexPart = line[0..<8]
        guard hexPart.allSatisfy(isLowerHex), line[8] == UInt8(ascii: " ") else { return .failure(.badFraming) }
        let json = UnsafeBufferPointer(rebasing: line[9...])
        // Compared as numbers: no string is made for a good line.
        let found = hexPart.reduce(UInt32(0)) { $0 << 4 | UInt32($1 <= UInt8(ascii: "9") ? $1 - UInt8(ascii: "0") : $1 - UInt8(ascii: "a") + 10) }
        let computed = CRC32C.checksum(json)
        guard computed == found else {
            return .failure(.badChecksum(expected: CRC32C.hex(json), found: String(decoding: hexPart, as: UTF8.self)))
        }
        do {
            return .success(try JSONPullReader.read(json, progress: progress.map { told in { told($0 + 9) } }) {
                reader throws(JSONPullReader.SyntaxError) in (try read(&reader), reader.unknownKeys)
            })
        } catch where error.isNewerFormat {
            return .failure(.newerFormat(error.problem))
        } catch {
            return .failure(.badJSON(error.description))
        }
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

}
