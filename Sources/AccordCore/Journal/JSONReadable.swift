/// A type that reads itself from the JSON its own `Encodable` conformance writes.
public protocol JSONReadable {
    init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError)
}

extension JSONPullReader {
    /// A date written `YYYY-MM-DD`, or nil for `null`.
    mutating func day() throws(SyntaxError) -> Day? {
        if try null() { return nil }
        let text = try string()
        guard let day = Day(text) else { throw fail("'\(text)' is not a date (YYYY-MM-DD)") }
        return day
    }

    mutating func optionalString() throws(SyntaxError) -> String? {
        try null() ? nil : try string()
    }

    mutating func optionalInt() throws(SyntaxError) -> Int? {
        try null() ? nil : try int()
    }

    mutating func strings() throws(SyntaxError) -> [String] {
        var result: [String] = []
        try array { reader throws(SyntaxError) in result.append(try reader.string()) }
        return result
    }

    mutating func items<T: JSONReadable>(_ type: T.Type) throws(SyntaxError) -> [T] {
        var result: [T] = []
        try array { reader throws(SyntaxError) in result.append(try T(reading: &reader)) }
        return result
    }

    mutating func value<T: RawRepresentable>(_ type: T.Type, _ key: String) throws(SyntaxError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else { throw fail("'\(text)' is not a valid \(key)") }
        return value
    }

    func missing(_ what: String) -> SyntaxError { fail("\(what) lacks a required key") }
}
