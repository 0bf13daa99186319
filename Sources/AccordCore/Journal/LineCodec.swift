import Foundation

/// Frames a JSON value as one self-checking line: `<crc32c hex> <json>\n`.
public enum LineCodec {
    /// Why a line could not be read.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case badFraming
        case badChecksum(expected: String, found: String)
        case badJSON(String)
        case unsupportedVersion(Int)

        public var description: String {
            switch self {
            case .badFraming: return "not a journal record (expected 8 hex digits, a space, then JSON)"
            case .badChecksum(let expected, let found): return "bad checksum (computed \(expected), line says \(found))"
            case .badJSON(let reason): return "unreadable JSON (\(reason))"
            case .unsupportedVersion(let v): return "format version \(v) is newer than this build understands"
            }
        }
    }

    /// The line for `value`, newline included.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = Array(try encoder.encode(value))
        var line = Array(CRC32C.hex(json).utf8)
        line.reserveCapacity(json.count + 10)
        line.append(UInt8(ascii: " "))
        line.append(contentsOf: json)
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// Decodes one line (without its newline) with `JSONPullReader`.
    public static func decode<T: JSONReadable>(_ type: T.Type, from line: ArraySlice<UInt8>) -> Result<T, Problem> {
        decode(from: line) { reader throws(JSONPullReader.SyntaxError) in try T(reading: &reader) }
    }

    /// Decodes one line (without its newline), its JSON read by `read`.
    public static func decode<T>(from line: ArraySlice<UInt8>,
                                 _ read: (inout JSONPullReader) throws(JSONPullReader.SyntaxError) -> T) -> Result<T, Problem> {
        line.withUnsafeBufferPointer { decode(from: $0, read) }
    }

    /// Decodes one line (without its newline), its JSON read by `read`; `progress` is told the
    /// offsets in `line` before which nothing will be read again.
    public static func decode<T>(from line: UnsafeBufferPointer<UInt8>, progress: ((Int) -> Void)? = nil,
                                 _ read: (inout JSONPullReader) throws(JSONPullReader.SyntaxError) -> T) -> Result<T, Problem> {
        guard line.count > 9 else { return .failure(.badFraming) }
        let hexPart = line[0..<8]
        guard hexPart.allSatisfy(isLowerHex), line[8] == UInt8(ascii: " ") else { return .failure(.badFraming) }
        let json = UnsafeBufferPointer(rebasing: line[9...])
        let found = String(decoding: hexPart, as: UTF8.self)
        let computed = CRC32C.hex(json)
        guard computed == found else { return .failure(.badChecksum(expected: computed, found: found)) }
        do {
            return .success(try JSONPullReader.read(json, progress: progress.map { told in { told($0 + 9) } }, read))
        } catch {
            return .failure(.badJSON(error.description))
        }
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

}
