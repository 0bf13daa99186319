// The journal form of events: one table of event types (`Event.Kind`), and one
// flat object per event — `{"type":"actionTicked","id":"uo-h1","on":"2026-11-22"}`,
// `{"type":"partnerCreated","partner":{…}}` — whose keys are `EventPayload`'s schema.

extension Event {
    /// Every event type; the journal writes its case name in the `type` field.
    public enum Kind: Int, CaseIterable, Sendable {
        case categoryCreated, categoryDeleted
        case partnerCreated, partnerUpdated, partnerDeleted
        case agreementCreated, agreementUpdated, agreementDeleted
        case commitmentCreated, commitmentUpdated, commitmentDeleted
        case actionCreated, actionUpdated, actionDeleted
        case actionTicked, actionUnticked, noteSet
    }

    /// The event as the journal writes it: its type and what it carries.
    public var payload: EventPayload {
        switch self {
        case .categoryCreated(let v): return EventPayload(.categoryCreated, category: .value(v))
        case .categoryDeleted(let id): return EventPayload(.categoryDeleted, id: id)
        case .partnerCreated(let v): return EventPayload(.partnerCreated, partner: .value(v))
        case .partnerUpdated(let v, let fields): return EventPayload(.partnerUpdated, partner: .value(v), fields: fields)
        case .partnerDeleted(let id): return EventPayload(.partnerDeleted, id: id)
        case .agreementCreated(let v): return EventPayload(.agreementCreated, agreement: .value(v))
        case .agreementUpdated(let v, let fields): return EventPayload(.agreementUpdated, agreement: .value(v), fields: fields)
        case .agreementDeleted(let id): return EventPayload(.agreementDeleted, id: id)
        case .commitmentCreated(let v): return EventPayload(.commitmentCreated, commitment: .value(v))
        case .commitmentUpdated(let v, let fields): return EventPayload(.commitmentUpdated, commitment: .value(v), fields: fields)
        case .commitmentDeleted(let id): return EventPayload(.commitmentDeleted, id: id)
        case .actionCreated(let v): return EventPayload(.actionCreated, action: .value(v))
        case .actionUpdated(let v, let fields): return EventPayload(.actionUpdated, action: .value(v), fields: fields)
        case .actionDeleted(let id): return EventPayload(.actionDeleted, id: id)
        case .actionTicked(let id, let day): return EventPayload(.actionTicked, id: id, on: day)
        case .actionUnticked(let id): return EventPayload(.actionUnticked, id: id)
        case .noteSet(let id, let note): return EventPayload(.noteSet, id: id, note: note)
        }
    }

    /// The event a payload describes; nil when the payload lacks what its type carries.
    @inline(__always)
    init?(_ p: EventPayload) {
        switch p.kind {
        case .categoryCreated: guard let v = p.category?.unboxed else { return nil }; self = .categoryCreated(v)
        case .categoryDeleted: guard let id = p.id else { return nil }; self = .categoryDeleted(id: id)
        case .partnerCreated: guard let v = p.partner?.unboxed else { return nil }; self = .partnerCreated(v)
        case .partnerUpdated: guard let v = p.partner?.unboxed else { return nil }; self = .partnerUpdated(v, fields: p.fields)
        case .partnerDeleted: guard let id = p.id else { return nil }; self = .partnerDeleted(id: id)
        case .agreementCreated: guard let v = p.agreement?.unboxed else { return nil }; self = .agreementCreated(v)
        case .agreementUpdated: guard let v = p.agreement?.unboxed else { return nil }; self = .agreementUpdated(v, fields: p.fields)
        case .agreementDeleted: guard let id = p.id else { return nil }; self = .agreementDeleted(id: id)
        case .commitmentCreated: guard let v = p.commitment?.unboxed else { return nil }; self = .commitmentCreated(v)
        case .commitmentUpdated: guard let v = p.commitment?.unboxed else { return nil }; self = .commitmentUpdated(v, fields: p.fields)
        case .commitmentDeleted: guard let id = p.id else { return nil }; self = .commitmentDeleted(id: id)
        case .actionCreated: guard let v = p.action?.unboxed else { return nil }; self = .actionCreated(v)
        case .actionUpdated: guard let v = p.action?.unboxed else { return nil }; self = .actionUpdated(v, fields: p.fields)
        case .actionDeleted: guard let id = p.id else { return nil }; self = .actionDeleted(id: id)
        case .actionTicked: guard let id = p.id, let on = p.on else { return nil }; self = .actionTicked(id: id, on: on)
        case .actionUnticked: guard let id = p.id else { return nil }; self = .actionUnticked(id: id)
        case .noteSet: guard let id = p.id, let note = p.note else { return nil }; self = .noteSet(id: id, note: note)
        }
    }

    /// The journal name of the event's type.
    public var kind: Event.Kind { payload.kind }

    /// How many keys besides `type` each event type writes (by `Kind.rawValue`), found by writing one of each.
    static let keyCounts: [Int] = {
        let full = EventPayload(.noteSet, id: "", on: Day(year: 2000, month: 1, day: 1), note: "",
                                category: .value(Category.schema.blank), partner: .value(Partner.schema.blank),
                                agreement: .value(Agreement.schema.blank), commitment: .value(Commitment.schema.blank),
                                action: .value(Action.schema.blank))
        return Event.Kind.allCases.map { kind in
            var payload = full
            payload.kind = kind
            return Event(payload)!.payload.presentCount
        }
    }()
}

extension Event.Kind {
    /// True for the updates of an item, which may name the fields they set.
    var isUpdate: Bool {
        switch self {
        case .partnerUpdated, .agreementUpdated, .commitmentUpdated, .actionUpdated: return true
        default: return false
        }
    }
}

extension Event.Kind: JournalValue {
    /// The name written in the journal: the case's own name ("actionTicked").
    public var name: String { Self.names[rawValue] }

    private static let names = allCases.map { String(describing: $0) }
    private static let packedNames = names.map(PackedKey.init)

    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        // Matched as packed bytes: no string is made for a known type.
        var unknown = ""
        let index = try reader.rawString { raw -> Int? in
            if let index = Self.packedNames.firstIndex(of: PackedKey(raw)) { return index }
            unknown = String(decoding: raw, as: UTF8.self)
            return nil
        }
        guard let index else { throw reader.failNewer("unknown event type '\(unknown)'") }
        self = Event.Kind(rawValue: index)!
    }

    public func write(to writer: inout JSONWriter) { writer.string(name) }
}

/// One event as the journal writes it: a type and the keys that type carries.
public struct EventPayload: Hashable, Sendable, SchemaModel {
    public var kind: Event.Kind
    public var id: String?
    public var on: Day?
    public var note: String?
    public var category: Boxed<Category>?
    public var partner: Boxed<Partner>?
    public var agreement: Boxed<Agreement>?
    public var commitment: Boxed<Commitment>?
    public var action: Boxed<Action>?
    /// The keys an update sets; absent: the whole item.
    public var fields: [String]?

    init(_ kind: Event.Kind, id: String? = nil, on: Day? = nil, note: String? = nil, category: Boxed<Category>? = nil,
         partner: Boxed<Partner>? = nil, agreement: Boxed<Agreement>? = nil, commitment: Boxed<Commitment>? = nil,
         action: Boxed<Action>? = nil, fields: [String]? = nil) {
        self.kind = kind
        self.id = id
        self.on = on
        self.note = note
        self.category = category
        self.partner = partner
        self.agreement = agreement
        self.commitment = commitment
        self.action = action
        self.fields = fields
    }

    /// How many of the optional keys are present (an event of each type has a fixed number).
    @inline(__always)
    var presentCount: Int {
        func count(_ present: Bool) -> Int { present ? 1 : 0 }
        return count(id != nil) + count(on != nil) + count(note != nil) + count(category != nil) + count(partner != nil)
            + count(agreement != nil) + count(commitment != nil) + count(action != nil) + count(fields != nil)
    }

    public static let schema = Schema<EventPayload>("an event", blank: EventPayload(.noteSet), fields: [
        SchemaField("type", property: "kind", get: { $0.kind }, set: { $0.kind = $1 }),
        SchemaField("id", get: { $0.id }, set: { $0.id = $1 }),
        SchemaField("on", get: { $0.on }, set: { $0.on = $1 }),
        SchemaField("note", get: { $0.note }, set: { $0.note = $1 }),
        SchemaField("category", get: { $0.category }, set: { $0.category = $1 }),
        SchemaField("partner", get: { $0.partner }, set: { $0.partner = $1 }),
        SchemaField("agreement", get: { $0.agreement }, set: { $0.agreement = $1 }),
        SchemaField("commitment", get: { $0.commitment }, set: { $0.commitment = $1 }),
        SchemaField("action", get: { $0.action }, set: { $0.action = $1 }),
        SchemaField("fields", get: { $0.fields }, set: { $0.fields = $1 }),
    ])
}

extension Event: JournalValue {
    /// Reads an event; a key its type does not carry (written by a newer Accord) is noted, not dropped.
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        let payload = try EventPayload(reading: &reader)
        // Writing the event back gives the keys its type carries; any other key it had is unknown here.
        // (`fields`, optional, is counted apart: keyCounts are without it.)
        let expected = Event.keyCounts[payload.kind.rawValue] + (payload.fields != nil && payload.kind.isUpdate ? 1 : 0)
        if payload.presentCount != expected, let event = Event(payload) {
            for field in EventPayload.schema.fields where !field.value(payload).isAbsent && field.value(event.payload).isAbsent {
                reader.noteUnknownKey(field.key, of: "a '\(payload.kind.name)' event")
            }
        }
        let kind = payload.kind
        guard let event = Event(payload) else { throw reader.fail("a '\(kind.name)' event lacks what it carries") }
        // An update setting a field this build does not know was written by a newer Accord.
        for key in event.updatedFields ?? [] where !event.updatedItemHasKey(key) {
            reader.noteUnknownKey(key, of: "the fields of a '\(kind.name)' event")
        }
        self = event
    }

    public func write(to writer: inout JSONWriter) {
        payload.write(to: &writer)
    }
}
