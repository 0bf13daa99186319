// The journal form of partners, agreements, commitments, actions and categories:
// one key list each. Keys are the property names.

extension Partner: SchemaModel {
    public static let schema = Schema<Partner>("a partner", blank: Partner(id: "", name: "", kind: .other), fields: [
        SchemaField("id", get: { $0.id }, set: { $0.id = $1 }),
        SchemaField("name", get: { $0.name }, set: { $0.name = $1 }),
        SchemaField("shortName", get: { $0.shortName }, set: { $0.shortName = $1 }),
        SchemaField("kind", get: { $0.kind }, set: { $0.kind = $1 }),
        SchemaField("place", get: { $0.place }, set: { $0.place = $1 }),
        SchemaField("description", get: { $0.description }, set: { $0.description = $1 }),
        SchemaField("rank", get: { $0.rank }, set: { $0.rank = $1 }),
        .links(get: { $0.links }, set: { $0.links = $1 }),
    ])
}

extension Agreement: SchemaModel {
    public static let schema = Schema<Agreement>("an agreement", blank: Agreement(id: "", title: "", signatories: []), fields: [
        SchemaField("id", get: { $0.id }, set: { $0.id = $1 }),
        SchemaField("title", get: { $0.title }, set: { $0.title = $1 }),
        SchemaField("signatories", get: { $0.signatories }, set: { $0.signatories = $1 }),
        SchemaField("associates", get: { $0.associates }, set: { $0.associates = $1 }),
        SchemaField("signed", get: { $0.signed }, set: { $0.signed = $1 }),
        SchemaField("termYears", get: { $0.termYears }, set: { $0.termYears = $1 }),
        SchemaField("status", get: { $0.status }, set: { $0.status = $1 }),
        SchemaField("summary", get: { $0.summary }, set: { $0.summary = $1 }),
        SchemaField("source", get: { $0.source }, set: { $0.source = $1 }),
        SchemaField("rank", get: { $0.rank }, set: { $0.rank = $1 }),
        SchemaField("noticeMonths", get: { $0.noticeMonths }, set: { $0.noticeMonths = $1 }),
        SchemaField("renewalYears", get: { $0.renewalYears }, set: { $0.renewalYears = $1 }),
        SchemaField("termStart", get: { $0.termStart }, set: { $0.termStart = $1 }),
        .links(get: { $0.links }, set: { $0.links = $1 }),
    ])
}

extension Commitment: SchemaModel {
    public static let schema = Schema<Commitment>(
        "a commitment", blank: Commitment(id: "", agreementID: "", categoryID: "", title: ""), fields: [
            SchemaField("id", get: { $0.id }, set: { $0.id = $1 }),
            SchemaField("agreementID", get: { $0.agreementID }, set: { $0.agreementID = $1 }),
            SchemaField("categoryID", get: { $0.categoryID }, set: { $0.categoryID = $1 }),
            SchemaField("title", get: { $0.title }, set: { $0.title = $1 }),
            SchemaField("description", get: { $0.description }, set: { $0.description = $1 }),
            SchemaField("ownerID", get: { $0.ownerID }, set: { $0.ownerID = $1 }),
            SchemaField("due", get: { $0.due }, set: { $0.due = $1 }),
            SchemaField("rank", get: { $0.rank }, set: { $0.rank = $1 }),
            SchemaField("repeats", property: "boxedRepeats", get: { $0.repeats }, set: { $0.repeats = $1 }),
            .links(get: { $0.links }, set: { $0.links = $1 }),
        ])
}

extension Action: SchemaModel {
    public static let schema = Schema<Action>("an action", blank: Action(id: "", commitmentID: "", title: ""), fields: [
        SchemaField("id", get: { $0.id }, set: { $0.id = $1 }),
        SchemaField("commitmentID", get: { $0.commitmentID }, set: { $0.commitmentID = $1 }),
        SchemaField("title", get: { $0.title }, set: { $0.title = $1 }),
        SchemaField("doneOn", get: { $0.doneOn }, set: { $0.doneOn = $1 }),
        SchemaField("note", get: { $0.note }, set: { $0.note = $1 }),
        SchemaField("due", get: { $0.due }, set: { $0.due = $1 }),
        SchemaField("rank", get: { $0.rank }, set: { $0.rank = $1 }),
        SchemaField("repeats", property: "boxedRepeats", get: { $0.repeats }, set: { $0.repeats = $1 }),
        SchemaField("seriesID", property: "boxedSeriesID", get: { $0.seriesID }, set: { $0.seriesID = $1 }),
        .links(get: { $0.links }, set: { $0.links = $1 }),
    ])
}

extension Category: SchemaModel {
    public static let schema = Schema<Category>("a category", blank: Category(id: "", name: ""), fields: [
        SchemaField("id", get: { $0.id }, set: { $0.id = $1 }),
        SchemaField("name", get: { $0.name }, set: { $0.name = $1 }),
        SchemaField("rank", get: { $0.rank }, set: { $0.rank = $1 }),
    ])
}

extension ItemLink: SchemaModel {
    public static let schema = Schema<ItemLink>("a link", blank: ItemLink(target: ""), fields: [
        SchemaField("target", get: { $0.target }, set: { $0.target = $1 }),
        SchemaField("label", default: "", leftOutWhen: { $0.isEmpty }, get: { $0.label }, set: { $0.label = $1 }),
    ])
}

extension SchemaField {
    /// An item's `links`, left out when there are none (records written before links existed have none).
    static func links(get: @escaping @Sendable (Model) -> [ItemLink],
                      set: @escaping @Sendable (inout Model, [ItemLink]) -> Void) -> SchemaField {
        SchemaField<Model>("links", default: [ItemLink](), leftOutWhen: { $0.isEmpty }, get: get, set: set)
    }
}
