/// The `category:`, `partner:`, `status:` and `due:` parts of a query and its
/// "quoted phrases", checked against an item that matched the words.
struct SearchFilter {
    let query: SearchQuery
    let state: AccordState
    let today: Day

    /// False when the query has no filter and no phrase: every item that matched the words is accepted.
    var isActive: Bool {
        !query.categories.isEmpty || !query.partners.isEmpty || query.status != nil || query.overdueOnly || !query.phrases.isEmpty
    }

    func accepts(_ id: String, kind: ItemKind) -> Bool {
        if !query.phrases.isEmpty {
            guard holdsPhrases(id) else { return false }
        }
        if !query.categories.isEmpty {
            guard let category = categoryID(of: id, kind: kind), query.categories.allSatisfy({ matchesCategory(category, $0) }) else {
                return false
            }
        }
        if !query.partners.isEmpty {
            let related = partnerIDs(of: id, kind: kind)
            guard query.partners.allSatisfy({ value in related.contains { matchesPartner($0, value) } }) else { return false }
        }
        if let status = query.status {
            guard kind == .action, let action = state.actions[id], action.isDone == (status == .done) else { return false }
        }
        if query.overdueOnly {
            switch kind {
            case .action:
                guard state.actions[id]?.isOverdue(on: today) == true else { return false }
            case .commitment:
                guard let due = state.commitments[id]?.due, due < today else { return false }
                let progress = state.progress(ofCommitment: id)
                guard progress.done < progress.total else { return false }
            default:
                return false
            }
        }
        return true
    }

    /// True when every phrase appears in the item's title or in the rest of its text.
    private func holdsPhrases(_ id: String) -> Bool {
        guard let text = IndexedText(of: id, in: state) else { return false }
        let title = Tokenizer.tokens(text.title), body = Tokenizer.tokens(text.body)
        return query.phrases.allSatisfy { Self.contains($0, in: title) || Self.contains($0, in: body) }
    }

    /// True when `phrase` appears as consecutive tokens (the last one may be a prefix, as one types).
    static func contains(_ phrase: [String], in tokens: [String]) -> Bool {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
        for start in 0...(tokens.count - phrase.count) {
            var all = true
            for (offset, word) in phrase.enumerated() {
                let token = tokens[start + offset]
                let ok = offset == phrase.count - 1 ? token.hasPrefix(word) : token == word
                if !ok { all = false; break }
            }
            if all { return true }
        }
        return false
    }

    private func categoryID(of id: String, kind: ItemKind) -> String? {
        switch kind {
        case .category: return id
        case .commitment: return state.commitments[id]?.categoryID
        case .action: return state.actions[id].flatMap { state.commitments[$0.commitmentID]?.categoryID }
        default: return nil
        }
    }

    private func matchesCategory(_ categoryID: String, _ value: String) -> Bool {
        if categoryID.hasPrefix(value) { return true }
        let wanted = Tokenizer.tokens(value)
        guard let category = state.categories[categoryID], !wanted.isEmpty else { return false }
        // A built-in category answers to its name in either language ("stages", "internships").
        let names = [category.name] + [Category.builtInNames[categoryID]].compactMap { $0?.english == category.name ? $0?.french : nil }
        return names.contains { name in
            let words = Tokenizer.tokens(name)
            return wanted.allSatisfy { word in words.contains { $0.hasPrefix(word) } }
        }
    }

    private func partnerIDs(of id: String, kind: ItemKind) -> [String] {
        switch kind {
        case .partner: return [id]
        case .agreement: return state.agreements[id]?.allPartners ?? []
        case .commitment:
            guard let c = state.commitments[id] else { return [] }
            return (state.agreements[c.agreementID]?.allPartners ?? []) + [c.ownerID].compactMap { $0 }
        case .action:
            return state.actions[id].map { partnerIDs(of: $0.commitmentID, kind: .commitment) } ?? []
        case .category: return []
        }
    }

    private func matchesPartner(_ partnerID: String, _ value: String) -> Bool {
        if partnerID == value || partnerID.hasPrefix(value) { return true }
        guard let partner = state.partners[partnerID] else { return false }
        let wanted = Tokenizer.tokens(value)
        let names = Tokenizer.tokens(partner.name + " " + partner.shortName)
        return !wanted.isEmpty && wanted.allSatisfy { word in names.contains { $0.hasPrefix(word) } }
    }
}
