/// Read-only views of the state in display order (by rank).
extension AccordState {
    public var sortedPartners: [Partner] { partners.values.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) } }
    public var sortedCategories: [Category] { categories.values.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) } }

    /// Agreements in rank order; only those naming `partnerID` when given.
    public func sortedAgreements(partner partnerID: String? = nil) -> [Agreement] {
        agreements.values
            .filter { partnerID == nil || $0.signatories.contains(partnerID!) || $0.associates.contains(partnerID!) }
            .sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
    }

    public func commitments(of agreementID: String) -> [Commitment] {
        (commitmentIDsByAgreement[agreementID] ?? []).compactMap { commitments[$0] }.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
    }

    public func actions(of commitmentID: String) -> [Action] {
        (actionIDsByCommitment[commitmentID] ?? []).compactMap { actions[$0] }.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
    }

    /// Every action of an agreement, commitment by commitment.
    public func actions(ofAgreement agreementID: String) -> [Action] {
        commitments(of: agreementID).flatMap { actions(of: $0.id) }
    }

    public func progress(ofCommitment id: String) -> Progress {
        let list = actionIDsByCommitment[id] ?? []
        return Progress(done: list.reduce(0) { $0 + (actions[$1]?.isDone == true ? 1 : 0) }, total: list.count)
    }

    /// A commitment past its due day with actions still open (or none yet).
    public func isOverdue(commitment id: String, today: Day) -> Bool {
        guard let commitment = commitments[id], commitment.due != nil else { return false }
        return commitment.isOverdue(progress: progress(ofCommitment: id), on: today)
    }

    /// A commitment with actions still open, or with none yet: what makes it late once past its due day.
    public func isUnfinished(commitment id: String) -> Bool { progress(ofCommitment: id).isUnfinished }

    /// Category ids in the order every screen and report groups by: by rank, unknown ones last (by id).
    public func inCategoryOrder(_ ids: some Sequence<String>) -> [String] {
        ids.sorted { (categories[$0]?.rank ?? .max, $0) < (categories[$1]?.rank ?? .max, $1) }
    }

    public func progress(ofAgreement id: String) -> Progress {
        (commitmentIDsByAgreement[id] ?? []).reduce(Progress()) { $0 + progress(ofCommitment: $1) }
    }

    /// For each partner, how many agreements it signed or is associated with (one pass over the agreements).
    public func agreementCountsByPartner() -> [String: Int] {
        var counts: [String: Int] = [:]
        for agreement in agreements.values {
            for partner in Set(agreement.allPartners) { counts[partner, default: 0] += 1 }
        }
        return counts
    }

    /// The agreement an item belongs to (itself for an agreement).
    public func agreementID(containing id: String) -> String? {
        if agreements[id] != nil { return id }
        if let commitment = commitments[id] { return commitment.agreementID }
        if let action = actions[id] { return commitments[action.commitmentID]?.agreementID }
        return nil
    }

    /// The name or title of any item as a person reads it; the id when nothing has it.
    public func title(of id: String) -> String {
        partners[id]?.name ?? agreements[id]?.title ?? commitments[id]?.title ?? actions[id]?.title ?? categories[id]?.name ?? id
    }

    /// The rank an item was given when created.
    func rank(of id: String) -> Int? {
        partners[id]?.rank ?? agreements[id]?.rank ?? commitments[id]?.rank ?? actions[id]?.rank ?? categories[id]?.rank
    }

    /// The titles from the agreement down to the item: agreement › commitment › action.
    public func path(of id: String) -> [String] {
        if let agreement = agreements[id] { return [agreement.title] }
        if let commitment = commitments[id] {
            return path(of: commitment.agreementID) + [commitment.title]
        }
        if let action = actions[id] { return path(of: action.commitmentID) + [action.title] }
        if let partner = partners[id] { return [partner.name] }
        if let category = categories[id] { return [category.name] }
        return []
    }

    /// The path shown for a search hit: the signatories, then agreement › commitment › action.
    public func pathFromPartners(of id: String) -> [String] {
        if partners[id] != nil || categories[id] != nil { return path(of: id) }
        guard let agreementID = agreementID(containing: id), let agreement = agreements[agreementID] else { return path(of: id) }
        let signatories = agreement.signatories.map { partners[$0]?.displayName ?? $0 }.joined(separator: " · ")
        return [signatories] + path(of: id)
    }

    /// Open actions of the agreement whose due date is before `today`.
    public func overdueActions(ofAgreement id: String, today: Day) -> [Action] {
        actions(ofAgreement: id).filter { $0.isOverdue(on: today) }
    }
}

extension AccordState {
    /// The links of any item (none for a category or an unknown id).
    public func links(of id: String) -> [ItemLink] {
        partners[id]?.links ?? agreements[id]?.links ?? commitments[id]?.links ?? actions[id]?.links
            ?? occurrence(named: id)?.series.links ?? []
    }
}
