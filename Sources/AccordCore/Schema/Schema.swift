/// The journal form of a model, defined once: its keys in order, each with how it is
/// written and read. Records and snapshots are written and read only through schemas,
/// so a property cannot be written without being read back.
///
/// Reading refuses a missing required key; a key the schema does not know is noted
/// on the reader (`JSONPullReader.unknownKeys`) and skipped, never silently dropped:
/// the journal then opens the data read-only ("written by a newer Accord").
public struct Schema<Model: Sendable>: Sendable {
    /// "an action": how errors name the model.
    public let name: String
    /// The model before any key is read (every required key is then set).
    let blank: Model
    public let fields: [SchemaField<Model>]
    private let requiredMask: UInt64

    public init(_ name: String, blank: Model, fields: [SchemaField<Model>]) {
        precondition(fields.count <= 64, "a schema has at most 64 fields")
        precondition(Set(fields.map(\.key)).count == fields.count, "\(name): a key is listed twice")
        self.name = name
        self.blank = blank
        self.fields = fields
        requiredMask = fields.indices.reduce(0) { mask, index in fields[index].isRequired ? mask | 1 << UInt64(index) : mask }
    }

    /// Reads one object; the values of `skipping` keys are passed over and left as in `blank`.
    public func read(from reader: inout JSONPullReader, skipping: Set<String> = []) throws(JSONPullReader.SyntaxError) -> Model {
        var model = blank
        var seen: UInt64 = 0
        try reader.object { key, reader throws(JSONPullReader.SyntaxError) in
            guard let index = fields.firstIndex(where: { $0.key == key }) else {
                reader.noteUnknownKey(key, of: name)
                try reader.skip()
                return
            }
            seen |= 1 << UInt64(index)
            if skipping.contains(key) {
                try reader.skip()
            } else {
                try fields[index].read(&reader, &model)
            }
        }
        if seen & requiredMask != requiredMask {
            let missing = fields.indices.first { fields[$0].isRequired && seen & 1 << UInt64($0) == 0 }!
            throw reader.fail("\(name) lacks its '\(fields[missing].key)'")
        }
        for index in fields.indices where seen & 1 << UInt64(index) == 0 {
            fields[index].defaultValue?(&model)
        }
        return model
    }

    /// Writes one object, its keys in schema order (an absent optional is left out).
    public func write(_ model: Model, to writer: inout JSONWriter) {
        writer.object { writer in
            for field in fields { field.write(model, &writer) }
        }
    }
}

/// A model whose journal form is its `schema`.
public protocol SchemaModel: JournalValue {
    static var schema: Schema<Self> { get }
}

extension SchemaModel {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        self = try Self.schema.read(from: &reader)
    }

    public func write(to writer: inout JSONWriter) {
        Self.schema.write(self, to: &writer)
    }
}
