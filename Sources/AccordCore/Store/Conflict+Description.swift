extension Conflict {
    /// Each lost field with its lost value as JSON text (`"Titre de Paris"`, `"2026-03-01"`, `null`).
    public var lostValues: [(field: String, value: String)] {
        guard kind == .overwritten, let event = take.first else { return [] }
        func values<Model>(_ item: Model, _ schema: Schema<Model>) -> [(String, String)] {
            fields.compactMap { key in
                guard let field = schema.fields.first(where: { $0.key == key }) else { return nil }
                var writer = JSONWriter()
                let value = field.value(item)
                if value.isAbsent { writer.null() } else { value.write(to: &writer) }
                return (key, String(decoding: writer.bytes, as: UTF8.self))
            }
        }
        switch event {
        case .partnerUpdated(let item, _): return values(item, Partner.schema)
        case .agreementUpdated(let item, _): return values(item, Agreement.schema)
        case .commitmentUpdated(let item, _): return values(item, Commitment.schema)
        case .actionUpdated(let item, _): return values(item, Action.schema)
        default: return []
        }
    }

    /// What happened, in one sentence naming replicas by `names`: "'title' of a1 was
    /// "Titre de Paris" (Bureau UPEC, record 2), set again by Cluster Nancy without having seen it."
    public func sentence(names: ReplicaNames) -> String {
        let words = Phrases.core
        switch kind {
        case .overwritten:
            let lost = lostValues.map { words.conflictFieldWas(["field": $0.field, "value": $0.value]) }.joined(separator: ", ")
            let winner = self.winner.map { words.conflictBy(["who": names.display($0.replica), "seq": String($0.seq)]) } ?? ""
            return words.conflictOverwritten(["id": itemID, "lost": lost, "loser": names.display(self.lost.replica),
                                              "seq": String(self.lost.seq), "winner": winner])
        case .refused:
            return words.conflictRefused(["id": itemID, "label": lostLabel, "loser": names.display(self.lost.replica),
                                          "seq": String(self.lost.seq), "reason": reason])
        }
    }

    /// The same, short enough for a line of the overview: `uo-h1 'title': "Titre de Paris"
    /// (Bureau UPEC) lost to Cluster Nancy`, or `uo-h1: 'Edited …' (Bureau UPEC) left out: …`.
    public func line(names: ReplicaNames) -> String {
        switch kind {
        case .overwritten:
            let lost = lostValues.map { "'\($0.field)': \($0.value)" }.joined(separator: ", ")
            return Phrases.core.conflictLostTo(["id": itemID, "lost": lost, "loser": names.display(self.lost.replica),
                                                "winner": winner.map { names.display($0.replica) } ?? "?"])
        case .refused:
            return Phrases.core.conflictLeftOut(["id": itemID, "label": lostLabel, "loser": names.display(self.lost.replica), "reason": reason])
        }
    }
}
