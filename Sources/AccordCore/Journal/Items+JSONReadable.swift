// Partners, agreements, commitments, actions and categories read from their journal JSON.

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
