/// A parsed JSON value, for reading the journal's own records and snapshots fast
/// (see `JSONReader`); objects keep their keys in order.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Int)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// Why a value does not have the expected shape.
    public struct ShapeError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The value of `key` in an object (nil when absent or JSON null).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        for pair in pairs where pair.key == key {
            if case .null = pair.value { return nil }
            return pair.value
        }
        return nil
    }

    func string(_ key: String) throws(ShapeError) -> String {
        guard case .string(let value)? = self[key] else { throw Self.missing(key, "text") }
        return value
    }

    func optionalString(_ key: String) throws(ShapeError) -> String? {
        guard let value = self[key] else { return nil }
        guard case .string(let text) = value else { throw Self.missing(key, "text") }
        return text
    }

    func int(_ key: String) throws(ShapeError) -> Int {
        guard case .number(let value)? = self[key] else { throw Self.missing(key, "a whole number") }
        return value
    }

    func optionalInt(_ key: String) throws(ShapeError) -> Int? {
        guard let value = self[key] else { return nil }
        guard case .number(let number) = value else { throw Self.missing(key, "a whole number") }
        return number
    }

    func array(_ key: String) throws(ShapeError) -> [JSONValue] {
        guard case .array(let values)? = self[key] else { throw Self.missing(key, "a list") }
        return values
    }

    func strings(_ key: String) throws(ShapeError) -> [String] {
        try array(key).map { value throws(ShapeError) in
            guard case .string(let text) = value else { throw ShapeError(description: "'\(key)' must hold text") }
            return text
        }
    }

    func day(_ key: String) throws(ShapeError) -> Day? {
        guard let text = try optionalString(key) else { return nil }
        guard let day = Day(text) else { throw ShapeError(description: "'\(text)' is not a date (YYYY-MM-DD)") }
        return day
    }

    func value<T: RawRepresentable>(_ key: String, as type: T.Type) throws(ShapeError) -> T where T.RawValue == String {
        let text = try string(key)
        guard let value = T(rawValue: text) else { throw ShapeError(description: "'\(text)' is not a valid \(key)") }
        return value
    }

    static func missing(_ key: String, _ what: String) -> ShapeError {
        ShapeError(description: "missing key '\(key)' (or it is not \(what))")
    }
}
