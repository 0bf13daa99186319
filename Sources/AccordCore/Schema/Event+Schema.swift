// The journal form of events: one table of event types (`Event.Kind`), and one
// flat object per event — `{"type":"actionTicked","id":"uo-h1","on":"2026-11-22"}`,
// `{"type":"partnerCreated","partner":{…}}` — whose keys are `EventPayload`'s schema.

extension Event {
    /// Every event type, by the name the journal writes in its `type` field.
    public enum Kind: String, CaseIterable, Sendable {
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
        case .categoryCreated(let v): return EventPayload(.categoryCreated, category: v)
        case .categoryDeleted(let id): return EventPayload(.categoryDeleted, id: id)
        case .partnerCreated(let v): return EventPayload(.partnerCreated, partner: v)
        case .partnerUpdated(let v): return EventPayload(.partnerUpdated, partner: v)
        case .partnerDeleted(let id): return EventPayload(.partnerDeleted, id: id)
        case .agreementCreated(let v): return EventPayload(.agreementCreated, agreement: v)
        case .agreementUpdated(let v): return EventPayload(.agreementUpdated, agreement: v)
        case .agreementDeleted(let id): return EventPayload(.agreementDeleted, id: id)
        case .commitmentCreated(let v): return EventPayload(.commitmentCreated, commitment: v)
        case .commitmentUpdated(let v): return EventPayload(.commitmentUpdated, commitment: v)
        case .commitmentDeleted(let id): return EventPayload(.commitmentDeleted, id: id)
        case .actionCreated(let v): return EventPayload(.actionCreated, action: v)
        case .actionUpdated(let v): return EventPayload(.actionUpdated, action: v)
        case .actionDeleted(let id): return EventPayload(.actionDeleted, id: id)
        case .actionTicked(let id, let day): return EventPayload(.actionTicked, id: id, on: day)
        case .actionUnticked(let id): return EventPayload(.actionUnticked, id: id)
        case .noteSet(let id, let note): return EventPayload(.noteSet, id: id, note: note)
        }
    }

    /// The event a payload describes; nil when the payload lacks what its type carries.
    init?(_ p: EventPayload) {
        switch p.kind {
        case .categoryCreated: guard let v = p.category else { return nil }; self = .categoryCreated(v)
        case .categoryDeleted: guard let id = p.id else { return nil }; self = .categoryDeleted(id: id)
        case .partnerCreated: guard let v = p.partner else { return nil }; self = .partnerCreated(v)
        case .partnerUpdated: guard let v = p.partner else { return nil }; self = .partnerUpdated(v)
        case .partnerDeleted: guard let id = p.id else { return nil }; self = .partnerDeleted(id: id)
        case .agreementCreated: guard let v = p.agreement else { return nil }; self = .agreementCreated(v)
        case .agreementUpdated: guard let v = p.agreement else { return nil }; self = .agreementUpdated(v)
        case .agreementDeleted: guard let id = p.id else { return nil }; self = .agreementDeleted(id: id)
        case .commitmentCreated: guard let v = p.commitment else { return nil }; self = .commitmentCreated(v)
        case .commitmentUpdated: guard let v = p.commitment else { return nil }; self = .commitmentUpdated(v)
        case .commitmentDeleted: guard let id = p.id else { return nil }; self = .commitmentDeleted(id: id)
        case .actionCreated: guard let v = p.action else { return nil }; self = .actionCreated(v)
        case .actionUpdated: guard let v = p.action else { return nil }; self = .actionUpdated(v)
        case .actionDeleted: guard let id = p.id else { return nil }; self = .actionDeleted(id: id)
        case .actionTicked: guard let id = p.id, let on = p.on else { return nil }; self = .actionTicked(id: id, on: on)
        case .actionUnticked: guard let id = p.id else { return nil }; self = .actionUnticked(id: id)
        case .noteSet: guard let id = p.id, let note = p.note else { return nil }; self = .noteSet(id: id, note: note)
        }
    }

    /// The journal name of the event's type.
    public var kind: Event.Kind { payload.kind }
}

extension Event.Kind: JournalValue {
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        let text = try reader.string()
        guard let kind = Event.Kind(rawValue: text) else { throw reader.failNewer("unknown event type '\(text)'") }
        self = kind
    }

    public func write(to writer: inout JSONWriter) { writer.string(rawValue) }
}

/// One event as the journal writes it: a type and the keys that type carries.
public struct EventPayload: Hashable, Sendable, SchemaModel {
    public var kind: Event.Kind
    public var id: String?
    public var on: Day?
    public var note: String?
    public var category: Category?
    public var partner: Partner?
    public var agreement: Agreement?
    public var commitment: Commitment?
    public var action: Action?

    init(_ kind: Event.Kind, id: String? = nil, on: Day? = nil, note: String? = nil, category: Category? = nil,
         partner: Partner? = nil, agreement: Agreement? = nil, commitment: Commitment? = nil, action: Action? = nil) {
        self.kind = kind
        self.id = id
        self.on = on
        self.note = note
        self.category = category
        self.partner = partner
        self.agreement = agreement
        self.commitment = commitment
        self.action = action
    }

    /// How many of the optional keys are present (an event of each type has a fixed number).
    var presentCount: Int {
        func count(_ present: Bool) -> Int { present ? 1 : 0 }
        return count(id != nil) + count(on != nil) + count(note != nil) + count(category != nil) + count(partner != nil)
            + count(agreement != nil) + count(commitment != nil) + count(action != nil)
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
    ])
}

extension Event: JournalValue {
    /// Reads an event; a key its type does not carry (written by a newer Accord) is noted, not dropped.
    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        let payload = try EventPayload(reading: &reader)
        guard let event = Event(payload) else { throw reader.fail("a '\(payload.kind.rawValue)' event lacks what it carries") }
        // Writing the event back gives the keys its type carries; any other key it had is unknown here.
        if payload.presentCount != event.payload.presentCount {
            for field in EventPayload.schema.fields where !field.value(payload).isAbsent && field.value(event.payload).isAbsent {
                reader.noteUnknownKey(field.key, of: "a '\(payload.kind.rawValue)' event")
            }
        }
        self = event
    }

    public func write(to writer: inout JSONWriter) {
        payload.write(to: &writer)
    }
}
