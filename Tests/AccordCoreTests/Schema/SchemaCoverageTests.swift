import Testing
@testable import AccordCore

/// Every stored property of every journaled model is in its schema, and each schema
/// field sets the property it names: a property added to a model but not to its
/// schema fails here (it would be written nowhere, or dropped on the next start).
@Suite struct SchemaCoverageTests {
    /// Each child of a model as text, by property name.
    private static func properties(of value: Any) -> [String: String] {
        var result: [String: String] = [:]
        for child in Mirror(reflecting: value).children {
            result[child.label ?? "?"] = String(reflecting: child.value)
        }
        return result
    }

    /// Checks `schema` against `Model`'s stored properties; `derived` are rebuilt, not stored.
    private static func check<Model>(_ schema: Schema<Model>, derived: Set<String> = [], seed: UInt64 = 1,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        var random = SplitMix64(seed: seed)
        let blank = schema.blank
        let stored = Set(properties(of: blank).keys).subtracting(derived)
        let named = Set(schema.fields.map(\.property))
        for missing in stored.subtracting(named).sorted() {
            Issue.record("\(Model.self).\(missing) is stored but not in its schema: it would not survive a restart",
                         sourceLocation: sourceLocation)
        }
        for extra in named.subtracting(stored).sorted() {
            Issue.record("\(schema.name) names '\(extra)', which \(Model.self) does not store", sourceLocation: sourceLocation)
        }
        // Setting one field changes exactly the property it names (a random value may equal
        // the blank one: try a few).
        for field in schema.fields {
            var changed: Set<String> = []
            for _ in 0..<20 where changed.isEmpty {
                guard let value = ArbitraryValues.value(of: field.valueType, &random) else {
                    Issue.record("no generator for \(field.valueType) ('\(field.key)' of \(schema.name))", sourceLocation: sourceLocation)
                    return
                }
                var model = blank
                #expect(field.setValue(&model, value), sourceLocation: sourceLocation)
                let before = properties(of: blank), after = properties(of: model)
                changed = Set(after.keys.filter { before[$0] != after[$0] })
            }
            #expect(changed == [field.property], "'\(field.key)' of \(schema.name) set \(changed.sorted()), not \(field.property)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func everyItemPropertyIsInItsSchema() {
        Self.check(Partner.schema)
        Self.check(Agreement.schema)
        Self.check(Commitment.schema)
        Self.check(Action.schema)
        Self.check(AccordCore.Category.schema)
    }

    @Test func everyRecordPropertyIsInItsSchema() {
        Self.check(EventPayload.schema)
        Self.check(Change.schema)
        Self.check(JournalRecord.schema)
        Self.check(RecentChange.schema)
        Self.check(Snapshot.schema)
        Self.check(StateTables.schema)
        Self.check(RecordRef.schema)
        Self.check(RecordKey.schema)
        Self.check(FilePosition.schema)
        Self.check(FieldWriter.schema)
        Self.check(Conflict.schema)
        Self.check(ReplicaClock.schema)
        Self.check(ChangeLabel.schema)
        Self.check(ReplicaKeys.schema)
        Self.check(SetAsideRecord.schema)
        Self.check(KeyIntroduction.schema)
    }

    @Test func theStateStoresItsTablesAndOnlyRebuildsTheIndexes() {
        let state = Set(Mirror(reflecting: AccordState()).children.compactMap(\.label))
        let tables = Set(Mirror(reflecting: StateTables()).children.compactMap(\.label))
        #expect(state == tables.union(AccordState.derivedProperties))
    }

    @Test func everyEventTypeWritesWhatItReads() throws {
        var random = SplitMix64(seed: 7)
        for kind in Event.Kind.allCases {
            var payload = EventPayload.arbitrary(&random)
            payload.kind = kind
            // An update's fields are keys of its item.
            payload.fields = kind.isUpdate ? Event.arbitrary(kind, &random).updatedFields ?? [] : payload.fields
            let event = try #require(Event(payload), "\(kind) cannot be made from a full payload")
            #expect(event.kind == kind)
            let line = LineCodec.encode(Change(label: "x", events: [event]))
            let read = try LineCodec.decode(Change.self, from: line.dropLast()).get()
            #expect(read.events == [event], "\(kind)")
        }
    }
}
