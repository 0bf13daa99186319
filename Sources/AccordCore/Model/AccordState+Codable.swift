/// The snapshot form of the state: each kind as a list in rank order; the
/// child indexes are rebuilt on decoding.
extension AccordState: Codable {
    private enum CodingKeys: String, CodingKey {
        case categories, partners, agreements, commitments, actions, nextRank
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(categories: try c.decode([Category].self, forKey: .categories),
                  partners: try c.decode([Partner].self, forKey: .partners),
                  agreements: try c.decode([Agreement].self, forKey: .agreements),
                  commitments: try c.decode([Commitment].self, forKey: .commitments),
                  actions: try c.decode([Action].self, forKey: .actions),
                  nextRank: try c.decode(Int.self, forKey: .nextRank))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(categories.values.sorted { $0.rank < $1.rank }, forKey: .categories)
        try c.encode(partners.values.sorted { $0.rank < $1.rank }, forKey: .partners)
        try c.encode(agreements.values.sorted { $0.rank < $1.rank }, forKey: .agreements)
        try c.encode(commitments.values.sorted { $0.rank < $1.rank }, forKey: .commitments)
        try c.encode(actions.values.sorted { $0.rank < $1.rank }, forKey: .actions)
        try c.encode(nextRank, forKey: .nextRank)
    }
}
