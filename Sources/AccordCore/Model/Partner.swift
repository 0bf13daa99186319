/// An organisation that signs or takes part in agreements.
public struct Partner: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// A short name or acronym ("UPMC"); empty when the organisation has none.
    public var shortName: String
    public var kind: PartnerKind
    public var place: String
    public var description: String
    /// Position in listings; assigned when created.
    public var rank: Int
    /// Documents about the partner (its website).
    public var links: [ItemLink] = []

    public init(id: String, name: String, shortName: String = "", kind: PartnerKind,
                place: String = "", description: String = "", rank: Int = 0) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.place = place
        self.description = description
        self.rank = rank
    }

    /// The short name when there is one, else the full name.
    public var displayName: String { shortName.isEmpty ? name : shortName }
}
