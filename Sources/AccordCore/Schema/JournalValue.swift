/// A value the journal can hold: it writes itself as JSON and reads itself back
/// from exactly what it wrote.
///
/// Models conform through their `Schema` (see `SchemaModel`); plain values
/// (text, numbers, days, choices, lists, optionals) conform below.
public protocol JournalValue: Sendable {
    init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError)
    func write(to writer: inout JSONWriter)
    /// True for a value written by leaving its key out (an optional holding nil).
    var isAbsent: Bool { get }
    /// True when a record may leave the key out (optionals); otherwise the key is required.
    static var mayBeAbsent: Bool { get }
}

extension JournalValue {
    public var isAbsent: Bool { false }
    public static var mayBeAbsent: Bool { false }
}

extension String: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) { self = try reader.string() }
    public func write(to writer: inout JSONWriter) { writer.string(self) }
}

extension Int: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) { self = try reader.int() }
    public func write(to writer: inout JSONWriter) { writer.int(self) }
}

extension Bool: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) { self = try reader.bool() }
    public func write(to writer: inout JSONWriter) { writer.bool(self) }
}

extension Day: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        let text = try reader.string()
        guard let day = Day(text) else { throw reader.fail("'\(text)' is not a date (YYYY-MM-DD)") }
        self = day
    }

    public func write(to writer: inout JSONWriter) { writer.string(description) }
}

extension Optional: JournalValue where Wrapped: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        self = try reader.null() ? nil : try Wrapped(reading: &reader)
    }

    public func write(to writer: inout JSONWriter) {
        if let self { self.write(to: &writer) } else { writer.null() }
    }

    public var isAbsent: Bool { self == nil }
    public static var mayBeAbsent: Bool { true }
}

extension Array: JournalValue where Element: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var items: [Element] = []
        try reader.array { reader throws(JSONPullReader.SyntaxError) in items.append(try Element(reading: &reader)) }
        self = items
    }

    public func write(to writer: inout JSONWriter) {
        writer.array { writer in
            for item in self { item.write(to: &writer) }
        }
    }
}

/// A choice written as its raw name ("cluster", "renewed"); an unknown name is refused by name.
public protocol JournalChoice: JournalValue, RawRepresentable, CaseIterable where RawValue == String {}

extension JournalChoice {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        let text = try reader.string()
        guard let value = Self(rawValue: text) else {
            throw reader.failNewer("'\(text)' is not one of: \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = value
    }

    public func write(to writer: inout JSONWriter) { writer.string(rawValue) }
}

extension PartnerKind: JournalChoice {}
extension AgreementStatus: JournalChoice {}
extension RecordKind: JournalChoice {}
