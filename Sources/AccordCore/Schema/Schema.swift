/// The journal form of a model, defined once: its keys in order, each with how it is
/// written and read. Records and snapshots are written and read only through schemas,
/// so a property cannot be written without being read back.
///
/// Reading refuses a missing required key; a key the schema does not know is noted
/// on the reader (`JSONPullReader.unknownKeys`) and skipped, never silently dropped:
/// the journal then opens the data read-only ("written by a newer Accord").
public final class Schema<Model: Sendable>: Sendable {
    /// "an action": how errors name the model.
    public let name: String
    /// The model before any key is read (every required key is then set).
    let blank: Model
    public let fields: [SchemaField<Model>]
    /// Each field's key, to match keys as they are read without making strings.
    private let keys: [PackedKey]
    /// Each field's reader, apart from the fields: the hot loop touches only these.
    private let readers: [@Sendable (inout JSONPullReader, inout Model) throws(JSONPullReader.SyntaxError) -> Void]
    private let requiredMask: UInt64
    /// The fields with a default, as a bit mask.
    private let defaultMask: UInt64

    public init(_ name: String, blank: Model, fields: [SchemaField<Model>]) {
        precondition(fields.count <= 64, "a schema has at most 64 fields")
        precondition(Set(fields.map(\.key)).count == fields.count, "\(name): a key is listed twice")
        precondition(fields.allSatisfy { $0.key.utf8.count <= PackedKey.maximumLength }, "\(name): a key is over 24 bytes")
        self.name = name
        self.blank = blank
        self.fields = fields
        keys = fields.map { PackedKey($0.key) }
        readers = fields.map(\.read)
        requiredMask = fields.indices.reduce(0) { mask, index in fields[index].isRequired ? mask | 1 << UInt64(index) : mask }
        defaultMask = fields.indices.reduce(0) { mask, index in fields[index].defaultValue != nil ? mask | 1 << UInt64(index) : mask }
    }

    /// The index of the field whose key is `raw`: first the one after the last key read (this
    /// build writes keys in schema order), else by a search (older files, other writers).
    private func index(of raw: UnsafeBufferPointer<UInt8>, after previous: Int) -> Int? {
        let key = PackedKey(raw)
        let next = previous + 1
        if next < keys.count, keys[next] == key { return next }
        return keys.firstIndex(of: key)
    }

    /// Reads one object; the values of `skipping` keys are passed over and left as in `blank`.
    public func read(from reader: inout JSONPullReader, skipping: Set<String> = []) throws(JSONPullReader.SyntaxError) -> Model {
        var model = blank
        var seen: UInt64 = 0
        var previous = -1
        let skipMask = skipping.isEmpty ? 0 : fields.indices.reduce(UInt64(0)) { mask, index in
            skipping.contains(fields[index].key) ? mask | 1 << UInt64(index) : mask
        }
        try reader.objectWithRawKeys { raw, reader throws(JSONPullReader.SyntaxError) in
            guard let index = index(of: raw, after: previous) else {
                reader.noteUnknownKey(String(decoding: raw, as: UTF8.self), of: name)
                try reader.skip()
                return
            }
            previous = index
            let bit = UInt64(1) << UInt64(index)
            seen |= bit
            if skipMask & bit != 0 {
                try reader.skip()
            } else {
                try readers[index](&reader, &model)
            }
        }
        if seen & requiredMask != requiredMask {
            let missing = fields.indices.first { fields[$0].isRequired && seen & 1 << UInt64($0) == 0 }!
            throw reader.fail("\(name) lacks its '\(fields[missing].key)'")
        }
        if defaultMask & ~seen != 0 {
            for index in fields.indices where defaultMask & ~seen & 1 << UInt64(index) != 0 {
                fields[index].defaultValue?(&model)
            }
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

extension Schema {
    /// The keys whose values differ between `old` and `new` (compared in their journal form).
    public func differingKeys(_ old: Model, _ new: Model) -> [String] {
        fields.filter { field in
            var a = JSONWriter(), b = JSONWriter()
            field.write(old, &a)
            field.write(new, &b)
            return a.bytes != b.bytes
        }.map(\.key)
    }

    /// `target` with the values of `keys` taken from `source` (unknown keys are ignored).
    public func copying(_ keys: [String], from source: Model, onto target: Model) -> Model {
        var result = target
        for field in fields where keys.contains(field.key) {
            _ = field.setValue(&result, field.value(source))
        }
        return result
    }

    /// True when `key` is one of the schema's keys.
    public func hasKey(_ key: String) -> Bool { fields.contains { $0.key == key } }
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

/// A key of up to 24 bytes packed into three words with its length, compared in one step.
/// Schema keys and event type names are at most 24 bytes (checked when a schema is made), so a
/// longer text read from a file (an unknown key) never equals one of them whatever its later bytes.
struct PackedKey: Hashable, Sendable {
    static let maximumLength = 24

    private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private var count = 0

    init(_ raw: UnsafeBufferPointer<UInt8>) {
        count = raw.count
        guard let base = raw.baseAddress else { return }
        let end = min(raw.count, Self.maximumLength)
        /// The word at `offset`: eight bytes loaded at once when they are all inside, else byte by byte.
        func word(at offset: Int) -> UInt64 {
            guard offset < end else { return 0 }
            if offset + 8 <= end { return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) }
            var value: UInt64 = 0
            for index in offset..<end { value |= UInt64(base[index]) << UInt64((index - offset) * 8) }
            return value
        }
        words = (word(at: 0), word(at: 8), word(at: 16))
    }

    init(_ key: String) {
        var bytes = Array(key.utf8)
        self = bytes.withUnsafeMutableBufferPointer { PackedKey(UnsafeBufferPointer($0)) }
    }

    static func == (lhs: PackedKey, rhs: PackedKey) -> Bool {
        lhs.count == rhs.count && lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
    }
}
