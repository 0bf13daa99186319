/// A type that reads itself from the JSON its own `Encodable` conformance writes.
public protocol JSONReadable {
    init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError)
}

extension JSONPullReader {
    /// A date written `YYYY-MM-DD`, or nil for `null`.
    mutating func day() throws(SyntaxError) -> Day? {
        if try null() { return nil }
        let text = try string()
        guard let day = Day(text) else { throw fail("'\(text)' is not a date (YYYY-MM-DD)") }
        return day
    }

    mutating func optionalString() throws(SyntaxError) -> String? {
        try null() ? nil : try string()
    }

    mutating func optionalInt() throws(SyntaxError) -> Int? {
        try null() ? nil : try int()
    }

    mutating func strings() throws(SyntaxError) -> [String] {
        var result: [String] = []
        try array { reader throws(SyntaxError) in result.append(try reader.string()) }
        return result
    }

    mutating func items<T: JSONReadable>(_ type: T.Type) throws(SyntaxError) -> [T] {
        var result: [T] = []
        try array { reader throws(SyntaxError) in result.append(try T(reading: &reader)) }
        return result
    }

    mutating func value<T: RawRepresentable>(_ type: T.Type, _ key: String) throws(SyntaxError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else { throw fail("'\(text)' is not a valid \(key)") }
        return value
    }

    func missing(_ what: String) -> SyntaxError { fail("\(what) lacks a required key") }
}

extension Partner: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var id, name, shortName, place, description: String?
        var kind: PartnerKind?
        var rank: Int?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "id": id = try r.string()
            case "name": name = try r.string()
            case "shortName": shortName = try r.string()
            case "kind": kind = try r.value(PartnerKind.self, key)
            case "place": place = try r.string()
            case "description": description = try r.string()
            case "rank": rank = try r.int()
            default: try r.skip()
            }
        }
        guard let id, let name, let shortName, let kind, let place, let description, let rank else { throw r.missing("a partner") }
        self.init(id: id, name: name, shortName: shortName, kind: kind, place: place, description: description, rank: rank)
    }
}

extension Agreement: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var id, title, summary, source: String?
        var signatories, associates: [String]?
        var signed: Day?
        var termYears: Int?
        var status: AgreementStatus?
        var rank: Int?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "id": id = try r.string()
            case "title": title = try r.string()
            case "signatories": signatories = try r.strings()
            case "associates": associates = try r.strings()
            case "signed": signed = try r.day()
            case "termYears": termYears = try r.optionalInt()
            case "status": status = try r.value(AgreementStatus.self, key)
            case "summary": summary = try r.string()
            case "source": source = try r.string()
            case "rank": rank = try r.int()
            default: try r.skip()
            }
        }
        guard let id, let title, let signatories, let associates, let status, let summary, let source, let rank else {
            throw r.missing("an agreement")
        }
        self.init(id: id, title: title, signatories: signatories, associates: associates, signed: signed, termYears: termYears,
                  status: status, summary: summary, source: source, rank: rank)
    }
}

extension Commitment: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var id, agreementID, categoryID, title, description, ownerID: String?
        var due: Day?
        var rank: Int?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "id": id = try r.string()
            case "agreementID": agreementID = try r.string()
            case "categoryID": categoryID = try r.string()
            case "title": title = try r.string()
            case "description": description = try r.string()
            case "ownerID": ownerID = try r.optionalString()
            case "due": due = try r.day()
            case "rank": rank = try r.int()
            default: try r.skip()
            }
        }
        guard let id, let agreementID, let categoryID, let title, let description, let rank else { throw r.missing("a commitment") }
        self.init(id: id, agreementID: agreementID, categoryID: categoryID, title: title, description: description,
                  ownerID: ownerID, due: due, rank: rank)
    }
}

extension Action: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var id, commitmentID, title, note: String?
        var doneOn, due: Day?
        var rank: Int?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "id": id = try r.string()
            case "commitmentID": commitmentID = try r.string()
            case "title": title = try r.string()
            case "doneOn": doneOn = try r.day()
            case "note": note = try r.string()
            case "due": due = try r.day()
            case "rank": rank = try r.int()
            default: try r.skip()
            }
        }
        guard let id, let commitmentID, let title, let note, let rank else { throw r.missing("an action") }
        self.init(id: id, commitmentID: commitmentID, title: title, doneOn: doneOn, note: note, due: due, rank: rank)
    }
}

extension Category: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var id, name: String?
        var rank: Int?
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "id": id = try r.string()
            case "name": name = try r.string()
            case "rank": rank = try r.int()
            default: try r.skip()
            }
        }
        guard let id, let name, let rank else { throw r.missing("a category") }
        self.init(id: id, name: name, rank: rank)
    }
}

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
        self.init()
        var rank: Int?
        var state = self
        try r.object { key, r throws(JSONPullReader.SyntaxError) in
            switch key {
            case "categories":
                try r.array { r throws(JSONPullReader.SyntaxError) in
                    let category = try Category(reading: &r)
                    state.categories[category.id] = category
                }
            case "partners":
                try r.array { r throws(JSONPullReader.SyntaxError) in
                    let partner = try Partner(reading: &r)
                    state.partners[partner.id] = partner
                }
            case "agreements":
                try r.array { r throws(JSONPullReader.SyntaxError) in
                    let agreement = try Agreement(reading: &r)
                    state.agreements[agreement.id] = agreement
                }
            case "commitments":
                try r.array { r throws(JSONPullReader.SyntaxError) in
                    let commitment = try Commitment(reading: &r)
                    state.commitments[commitment.id] = commitment
                    state.commitmentIDsByAgreement[commitment.agreementID, default: []].insert(commitment.id)
                }
            case "actions":
                try r.array { r throws(JSONPullReader.SyntaxError) in
                    let action = try Action(reading: &r)
                    state.actions[action.id] = action
                    state.actionIDsByCommitment[action.commitmentID, default: []].insert(action.id)
                }
            case "nextRank": rank = try r.int()
            default: try r.skip()
            }
        }
        guard let rank else { throw r.missing("the state") }
        state.nextRank = rank
        self = state
    }
}

extension Snapshot: JSONReadable {
    public init(reading r: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
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
            case "undo": undo = try r.items(Change.self)
            case "redo": redo = try r.items(Change.self)
            default: try r.skip()
            }
        }
        guard let version, let lastSeq, let takenAt, let state, let undo, let redo else { throw r.missing("the snapshot") }
        self.init(lastSeq: lastSeq, takenAt: takenAt, ledger: Ledger(state: state, undoStack: undo, redoStack: redo))
        self.version = version
    }
}
