// Events, changes, records, the state and snapshots read from their journal JSON.

extension Event: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var type, id, note: String?
        var on: Day?
        var category: Category?
        var partner: Partner?
        var agreement: Agreement?
        var commitment: Commitment?
        var action: Action?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "type": type = try r.string()
            case "id": id = try r.string()
            case "note": note = try r.string()
            case "on": on = try r.day()
            case "category": category = try Category(reading: &r)
            case "partner": partner = try Partner(reading: &r)
            case "agreement": agreement = try Agreement(reading: &r)
            case "commitment": commitment = try Commitment(reading: &r)
            case "action": action = try Action(reading: &r)
            default: try r.skip()
            }
        }
        let event: Event?
        switch type {
        case "categoryCreated": event = category.map { .categoryCreated($0) }
        case "categoryDeleted": event = id.map { .categoryDeleted(id: $0) }
        case "partnerCreated": event = partner.map { .partnerCreated($0) }
        case "partnerUpdated": event = partner.map { .partnerUpdated($0) }
        case "partnerDeleted": event = id.map { .partnerDeleted(id: $0) }
        case "agreementCreated": event = agreement.map { .agreementCreated($0) }
        case "agreementUpdated": event = agreement.map { .agreementUpdated($0) }
        case "agreementDeleted": event = id.map { .agreementDeleted(id: $0) }
        case "commitmentCreated": event = commitment.map { .commitmentCreated($0) }
        case "commitmentUpdated": event = commitment.map { .commitmentUpdated($0) }
        case "commitmentDeleted": event = id.map { .commitmentDeleted(id: $0) }
        case "actionCreated": event = action.map { .actionCreated($0) }
        case "actionUpdated": event = action.map { .actionUpdated($0) }
        case "actionDeleted": event = id.map { .actionDeleted(id: $0) }
        case "actionTicked": event = id.flatMap { id in on.map { .actionTicked(id: id, on: $0) } }
        case "actionUnticked": event = id.map { .actionUnticked(id: $0) }
        case "noteSet": event = id.flatMap { id in note.map { .noteSet(id: id, note: $0) } }
        case nil: throw r.missing("an event")
        default: throw r.fail("unknown event type '\(type!)'")
        }
        guard let event else { throw r.missing("a '\(type!)' event") }
        self = event
    }
}

extension Change: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var label: String?
        var events: [Event]?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "label": label = try r.string()
            case "events": events = try r.items(Event.self)
            default: try r.skip()
            }
        }
        guard let label, let events else { throw r.missing("a change") }
        self.init(label: label, events: events)
    }
}

extension JournalRecord: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var version, seq: Int?
        var at, label: String?
        var kind: RecordKind?
        var events: [Event]?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "v": version = try r.int()
            case "seq": seq = try r.int()
            case "at": at = try r.string()
            case "kind": kind = try r.value(RecordKind.self, key)
            case "label": label = try r.string()
            case "events": events = try r.items(Event.self)
            default: try r.skip()
            }
        }
        guard let version, let seq, let at, let kind, let label, let events else { throw r.missing("a record") }
        self.init(seq: seq, at: at, kind: kind, change: Change(label: label, events: events))
        self.version = version
    }
}

extension AccordState: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var categories: [Category] = [], partners: [Partner] = [], agreements: [Agreement] = []
        var commitments: [Commitment] = [], actions: [Action] = []
        var rank: Int?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "categories": categories = try r.items(Category.self)
            case "partners": partners = try r.items(Partner.self)
            case "agreements": agreements = try r.items(Agreement.self)
            case "commitments": commitments = try r.items(Commitment.self)
            case "actions": actions = try r.items(Action.self)
            case "nextRank": rank = try r.int()
            default: try r.skip()
            }
        }
        guard let rank else { throw r.missing("the state") }
        self.init(categories: categories, partners: partners, agreements: agreements, commitments: commitments,
                  actions: actions, nextRank: rank)
    }
}

extension Snapshot: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        try self.init(reading: &r, history: true)
    }

    /// Reads a snapshot; with `history: false` its undo and redo stacks are skipped (left empty).
    public init(reading r: inout JSONPullReader, history: Bool) throws(JSONPullReader.SyntaxError) {
        var version, lastSeq: Int?
        var takenAt: String?
        var state: AccordState?
        var undo, redo: [Change]?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "v": version = try r.int()
            case "lastSeq": lastSeq = try r.int()
            case "takenAt": takenAt = try r.string()
            case "state": state = try AccordState(reading: &r)
            case "undo":
                if history { undo = try r.items(Change.self) } else { try r.skip(); undo = [] }
            case "redo":
                if history { redo = try r.items(Change.self) } else { try r.skip(); redo = [] }
            default: try r.skip()
            }
        }
        guard let version, let lastSeq, let takenAt, let state, let undo, let redo else { throw r.missing("the snapshot") }
        self.init(lastSeq: lastSeq, takenAt: takenAt, ledger: Ledger(state: state, undoStack: undo, redoStack: redo))
        self.version = version
    }
}
