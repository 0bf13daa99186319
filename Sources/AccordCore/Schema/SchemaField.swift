/// One key of a model's journal form: how its value is written, read back, and
/// which stored property it holds.
public struct SchemaField<Model: Sendable>: Sendable {
    /// The key in the JSON object.
    public let key: String
    /// The stored property the key holds (the key unless told otherwise).
    public let property: String
    /// True when a record must have the key; an optional may be left out, and so may a
    /// key with a default (added after records without it were written).
    public let isRequired: Bool
    /// The type of the value, for tests that fill every field.
    public let valueType: any JournalValue.Type
    let read: @Sendable (inout JSONPullReader, inout Model) throws(JSONPullReader.SyntaxError) -> Void
    /// Writes `"key":value`, or nothing for an absent optional.
    let write: @Sendable (Model, inout JSONWriter) -> Void
    /// The value, type-erased (tests).
    public let value: @Sendable (Model) -> any JournalValue
    /// Sets the value from one of `valueType` (tests); false when the type does not match.
    public let setValue: @Sendable (inout Model, any JournalValue) -> Bool

    /// A field whose value is read with `get` and written back with `set`.
    ///
    /// `default`, when given, is what a record without the key holds: give one to every
    /// field added once records without it exist, so that they still read. `leftOutWhen`, when
    /// given, says which values are written by leaving the key out (an empty list of links: a
    /// hundred thousand actions need not each write `"links":[]`); such a field needs its default.
    public init<Value: JournalValue>(_ key: String, property: String? = nil, default defaultValue: Value? = nil,
                                     leftOutWhen isLeftOut: (@Sendable (Value) -> Bool)? = nil,
                                     get: @escaping @Sendable (Model) -> Value,
                                     set: @escaping @Sendable (inout Model, Value) -> Void) {
        self.key = key
        self.property = property ?? key
        isRequired = !Value.mayBeAbsent && defaultValue == nil
        valueType = Value.self
        read = { reader, model throws(JSONPullReader.SyntaxError) in set(&model, try Value(reading: &reader)) }
        write = { model, writer in
            let value = get(model)
            guard !value.isAbsent, !(isLeftOut?(value) ?? false) else { return }
            writer.key(key)
            value.write(to: &writer)
        }
        value = { get($0) }
        setValue = { model, value in
            guard let typed = value as? Value else { return false }
            set(&model, typed)
            return true
        }
        precondition(isLeftOut == nil || defaultValue != nil, "\(key): a field left out needs a default")
        if let defaultValue { self.defaultValue = { set(&$0, defaultValue) } } else { self.defaultValue = nil }
    }

    /// Sets the default on a model read from a record without the key.
    let defaultValue: (@Sendable (inout Model) -> Void)?
}
