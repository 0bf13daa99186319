/// What the search index reads of one item: its title or name, the rest of
/// its text, its kind and its rank.
struct IndexedText {
    var kind: ItemKind
    var title: String
    var body: String
    var rank: Int

    init(_ partner: Partner) {
        self.init(kind: .partner, title: partner.name + " " + partner.shortName,
                  body: [partner.description, partner.place, partner.kind.label].joined(separator: " "), rank: partner.rank)
    }

    init(_ agreement: Agreement) {
        self.init(kind: .agreement, title: agreement.title, body: agreement.summary + " " + agreement.source, rank: agreement.rank)
    }

    init(_ commitment: Commitment, in state: AccordState) {
        self.init(kind: .commitment, title: commitment.title,
                  body: commitment.description + " " + (state.categories[commitment.categoryID]?.name ?? ""), rank: commitment.rank)
    }

    init(_ action: Action) {
        self.init(kind: .action, title: action.title, body: action.note, rank: action.rank)
    }

    init(_ category: Category) {
        self.init(kind: .category, title: category.name, body: category.id, rank: category.rank)
    }

    init(kind: ItemKind, title: String, body: String, rank: Int) {
        self.kind = kind
        self.title = title
        self.body = body
        self.rank = rank
    }

    /// The text of the item `id` names in `state`; nil when it names nothing.
    init?(of id: String, in state: AccordState) {
        if let partner = state.partners[id] { self.init(partner) }
        else if let agreement = state.agreements[id] { self.init(agreement) }
        else if let commitment = state.commitments[id] { self.init(commitment, in: state) }
        else if let action = state.actions[id] { self.init(action) }
        else if let category = state.categories[id] { self.init(category) }
        else { return nil }
    }
}
