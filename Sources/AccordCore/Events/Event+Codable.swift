/// The journal form of an event: a flat JSON object with a `type` field,
/// e.g. `{"id":"uo-h1","on":"2026-11-22","type":"actionTicked"}`.
extension Event: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, id, on, note, category, partner, agreement, commitment, action
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        func id() throws -> String { try c.decode(String.self, forKey: .id) }
        switch type {
        case "categoryCreated": self = .categoryCreated(try c.decode(Category.self, forKey: .category))
        case "categoryDeleted": self = .categoryDeleted(id: try id())
        case "partnerCreated": self = .partnerCreated(try c.decode(Partner.self, forKey: .partner))
        case "partnerUpdated": self = .partnerUpdated(try c.decode(Partner.self, forKey: .partner))
        case "partnerDeleted": self = .partnerDeleted(id: try id())
        case "agreementCreated": self = .agreementCreated(try c.decode(Agreement.self, forKey: .agreement))
        case "agreementUpdated": self = .agreementUpdated(try c.decode(Agreement.self, forKey: .agreement))
        case "agreementDeleted": self = .agreementDeleted(id: try id())
        case "commitmentCreated": self = .commitmentCreated(try c.decode(Commitment.self, forKey: .commitment))
        case "commitmentUpdated": self = .commitmentUpdated(try c.decode(Commitment.self, forKey: .commitment))
        case "commitmentDeleted": self = .commitmentDeleted(id: try id())
        case "actionCreated": self = .actionCreated(try c.decode(Action.self, forKey: .action))
        case "actionUpdated": self = .actionUpdated(try c.decode(Action.self, forKey: .action))
        case "actionDeleted": self = .actionDeleted(id: try id())
        case "actionTicked": self = .actionTicked(id: try id(), on: try c.decode(Day.self, forKey: .on))
        case "actionUnticked": self = .actionUnticked(id: try id())
        case "noteSet": self = .noteSet(id: try id(), note: try c.decode(String.self, forKey: .note))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown event type '\(type)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(typeName, forKey: .type)
        switch self {
        case .categoryCreated(let v): try c.encode(v, forKey: .category)
        case .partnerCreated(let v), .partnerUpdated(let v): try c.encode(v, forKey: .partner)
        case .agreementCreated(let v), .agreementUpdated(let v): try c.encode(v, forKey: .agreement)
        case .commitmentCreated(let v), .commitmentUpdated(let v): try c.encode(v, forKey: .commitment)
        case .actionCreated(let v), .actionUpdated(let v): try c.encode(v, forKey: .action)
        case .actionTicked(let id, let day):
            try c.encode(id, forKey: .id)
            try c.encode(day, forKey: .on)
        case .noteSet(let id, let note):
            try c.encode(id, forKey: .id)
            try c.encode(note, forKey: .note)
        case .categoryDeleted(let id), .partnerDeleted(let id), .agreementDeleted(let id),
             .commitmentDeleted(let id), .actionDeleted(let id), .actionUnticked(let id):
            try c.encode(id, forKey: .id)
        }
    }
}
