/// A value kept on the heap, a pointer wide: an event payload holds its item this way, so a
/// payload (read for every event of every record) stays small to copy.
public indirect enum Boxed<Value: JournalValue & Hashable>: JournalValue, Hashable {
    case value(Value)

    /// The value inside.
    public var unboxed: Value {
        switch self {
        case .value(let value): return value
        }
    }

    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        self = .value(try Value(reading: &reader))
    }

    public func write(to writer: inout JSONWriter) { unboxed.write(to: &writer) }
}
