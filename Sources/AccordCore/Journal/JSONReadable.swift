/// A type read from a `JSONValue` written by its own `Encodable` conformance.
public protocol JSONReadable {
    init(json: JSONValue) throws(JSONValue.ShapeError)
}

extension Partner: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init(id: try json.string("id"), name: try json.string("name"), shortName: try json.string("shortName"),
                  kind: try json.value("kind", as: PartnerKind.self), place: try json.string("place"),
                  description: try json.string("description"), rank: try json.int("rank"))
    }
}

extension Agreement: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init(id: try json.string("id"), title: try json.string("title"), signatories: try json.strings("signatories"),
                  associates: try json.strings("associates"), signed: try json.day("signed"), termYears: try json.optionalInt("termYears"),
                  status: try json.value("status", as: AgreementStatus.self), summary: try json.string("summary"),
                  source: try json.string("source"), rank: try json.int("rank"))
    }
}

extension Commitment: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init(id: try json.string("id"), agreementID: try json.string("agreementID"), categoryID: try json.string("categoryID"),
                  title: try json.string("title"), description: try json.string("description"),
                  ownerID: try json.optionalString("ownerID"), due: try json.day("due"), rank: try json.int("rank"))
    }
}

extension Action: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init(id: try json.string("id"), commitmentID: try json.string("commitmentID"), title: try json.string("title"),
                  doneOn: try json.day("doneOn"), note: try json.string("note"), due: try json.day("due"), rank: try json.int("rank"))
    }
}

extension Category: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init(id: try json.string("id"), name: try json.string("name"), rank: try json.int("rank"))
    }
}

extension JSONValue {
    func item<T: JSONReadable>(_ key: String, as type: T.Type) throws(ShapeError) -> T {
        guard let value = self[key] else { throw Self.missing(key, "an object") }
        return try T(json: value)
    }

    func items<T: JSONReadable>(_ key: String, as type: T.Type) throws(ShapeError) -> [T] {
        try array(key).map { value throws(ShapeError) in try T(json: value) }
    }
}

extension Event: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        let type = try json.string("type")
        switch type {
        case "categoryCreated": self = .categoryCreated(try json.item("category", as: Category.self))
        case "categoryDeleted": self = .categoryDeleted(id: try json.string("id"))
        case "partnerCreated": self = .partnerCreated(try json.item("partner", as: Partner.self))
        case "partnerUpdated": self = .partnerUpdated(try json.item("partner", as: Partner.self))
        case "partnerDeleted": self = .partnerDeleted(id: try json.string("id"))
        case "agreementCreated": self = .agreementCreated(try json.item("agreement", as: Agreement.self))
        case "agreementUpdated": self = .agreementUpdated(try json.item("agreement", as: Agreement.self))
        case "agreementDeleted": self = .agreementDeleted(id: try json.string("id"))
        case "commitmentCreated": self = .commitmentCreated(try json.item("commitment", as: Commitment.self))
        case "commitmentUpdated": self = .commitmentUpdated(try json.item("commitment", as: Commitment.self))
        case "commitmentDeleted": self = .commitmentDeleted(id: try json.string("id"))
        case "actionCreated": self = .actionCreated(try json.item("action", as: Action.self))
        case "actionUpdated": self = .actionUpdated(try json.item("action", as: Action.self))
        case "actionDeleted": self = .actionDeleted(id: try json.string("id"))
        case "actionTicked":
            guard let day = try json.day("on") else { throw JSONValue.missing("on", "a date") }
            self = .actionTicked(id: try json.string("id"), on: day)
        case "actionUnticked": self = .actionUnticked(id: try json.string("id"))
        case "noteSet": self = .noteSet(id: try json.string("id"), note: try json.string("note"))
        default: throw JSONValue.ShapeError(description: "unknown event type '\(type)'")
        }
    }
}

extension Change: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init(label: try json.string("label"), events: try json.items("events", as: Event.self))
    }
}

extension JournalRecord: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init(seq: try json.int("seq"), at: try json.string("at"), kind: try json.value("kind", as: RecordKind.self),
                  change: try Change(json: json))
        version = try json.int("v")
    }
}

extension AccordState: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        self.init()
        for category in try json.items("categories", as: Category.self) { categories[category.id] = category }
        for partner in try json.items("partners", as: Partner.self) { partners[partner.id] = partner }
        for agreement in try json.items("agreements", as: Agreement.self) { agreements[agreement.id] = agreement }
        let commitmentList = try json.items("commitments", as: Commitment.self)
        commitments.reserveCapacity(commitmentList.count)
        for commitment in commitmentList {
            commitments[commitment.id] = commitment
            commitmentIDsByAgreement[commitment.agreementID, default: []].insert(commitment.id)
        }
        let actionList = try json.items("actions", as: Action.self)
        actions.reserveCapacity(actionList.count)
        for action in actionList {
            actions[action.id] = action
            actionIDsByCommitment[action.commitmentID, default: []].insert(action.id)
        }
        nextRank = try json.int("nextRank")
    }
}

extension Snapshot: JSONReadable {
    public init(json: JSONValue) throws(JSONValue.ShapeError) {
        guard let stateJSON = json["state"] else { throw JSONValue.missing("state", "an object") }
        let ledger = Ledger(state: try AccordState(json: stateJSON), undoStack: try json.items("undo", as: Change.self),
                            redoStack: try json.items("redo", as: Change.self))
        self.init(lastSeq: try json.int("lastSeq"), takenAt: try json.string("takenAt"), ledger: ledger)
        version = try json.int("v")
    }
}
