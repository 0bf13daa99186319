extension Conflict {
    /// Each lost field with its lost value as JSON text (`"Titre de Paris"`, `"2026-03-01"`,
    /// `null`): what was overwritten, what the deletion took with it, what the refused change
    /// set (a note, a day ticked, an item's title when it made one).
    public var lostValues: [(field: String, value: String)] {
        func json(_ value: some JournalValue) -> String {
            var writer = JSONWriter()
            if value.isAbsent { writer.null() } else { value.write(to: &writer) }
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        func values<Model>(_ item: Model, _ schema: Schema<Model>, _ keys: [String]) -> [(String, String)] {
            keys.compactMap { key in
                guard let field = schema.fields.first(where: { $0.key == key }) else { return nil }
                return (key, json(field.value(item)))
            }
        }
        var found: [(field: String, value: String)] = []
        for event in take {
            switch event {
            case .partnerUpdated(let item, let set): found += values(item, Partner.schema, set ?? fields)
            case .agreementUpdated(let item, let set): found += values(item, Agreement.schema, set ?? fields)
            case .commitmentUpdated(let item, let set): found += values(item, Commitment.schema, set ?? fields)
            case .actionUpdated(let item, let set): found += values(item, Action.schema, set ?? fields)
            case .partnerCreated(let item): found += values(item, Partner.schema, kind == .deleted ? fields : ["name"])
            case .agreementCreated(let item): found += values(item, Agreement.schema, kind == .deleted ? fields : ["title"])
            case .commitmentCreated(let item): found += values(item, Commitment.schema, kind == .deleted ? fields : ["title"])
            case .actionCreated(let item): found += values(item, Action.schema, kind == .deleted ? fields : ["title"])
            case .noteSet(_, let note): found.append(("note", json(note)))
            case .actionTicked(_, let day): found.append(("doneOn", json(day)))
            case .actionUnticked: found.append(("doneOn", "null"))
            default: break
            }
        }
        return found
    }

    /// What happened, in one sentence naming replicas by `names`: "'title' of a1 was
    /// "Titre de Paris" (Bureau UPEC, record 2), set again by Cluster Nancy without having seen it."
    /// `clocks`: what the records say of each replica's clock — a winner whose clock was found
    /// ahead is said to have been.
    public func sentence(names: ReplicaNames, clocks: [String: ReplicaClock] = [:]) -> String {
        let words = Phrases.core
        let text = plainSentence(names: names)
        guard let winner, let clock = clocks[winner.replica], clock.ahead > 0 else { return text }
        let said = words.conflictClockAhead(["who": names.display(winner.replica), "ahead": clock.aheadDescription])
        return text.hasSuffix(".") ? text.dropLast() + said + "." : text + said
    }

    /// The lost values as a sentence says them: `'title' was "Titre de Paris", 'due' was null`.
    private var lostSaid: String {
        lostValues.map { Phrases.core.conflictFieldWas(["field": $0.field, "value": $0.value]) }.joined(separator: ", ")
    }

    private func plainSentence(names: ReplicaNames) -> String {
        let words = Phrases.core
        switch kind {
        case .overwritten:
            let lost = lostSaid
            let winner = self.winner.map { words.conflictBy(["who": names.display($0.replica), "seq": String($0.seq)]) } ?? ""
            return words.conflictOverwritten(["id": itemID, "lost": lost, "loser": names.display(self.lost.replica),
                                              "seq": String(self.lost.seq), "winner": winner])
        case .refused:
            let values = lostSaid
            return words.conflictRefused(["id": itemID, "label": lostDescription, "loser": names.display(self.lost.replica),
                                          "seq": String(self.lost.seq), "reason": reason])
                + (values.isEmpty ? "" : " " + words.conflictValues(["values": values]))
        case .deleted:
            let lost = lostSaid
            return words.conflictDeleted(["id": itemID, "lost": lost, "loser": names.display(self.lost.replica), "seq": String(self.lost.seq),
                                          "winner": winner.map { names.display($0.replica) } ?? "?"])
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
            return Phrases.core.conflictLeftOut(["id": itemID, "label": lostDescription, "loser": names.display(self.lost.replica), "reason": reason])
        case .deleted:
            let lost = lostValues.map { "'\($0.field)': \($0.value)" }.joined(separator: ", ")
            return Phrases.core.conflictLostToDeletion(["id": itemID, "lost": lost, "loser": names.display(self.lost.replica),
                                                        "winner": winner.map { names.display($0.replica) } ?? "?"])
        }
    }
}
