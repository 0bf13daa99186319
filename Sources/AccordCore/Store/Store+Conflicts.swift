extension Store {
    /// What merging replicas overwrote, deleted or refused, oldest first (each named by its `shortID`).
    public var conflicts: [Conflict] { ledger.conflicts }

    /// The conflict `which` names: its short id (`shortID`, as listed) or its full id. Never a
    /// position in the list: that changes as soon as one is taken or dismissed.
    public func conflict(_ which: String) throws(AccordError) -> Conflict {
        let key = which.lowercased()
        guard let found = conflicts.first(where: { $0.shortID == key || $0.id == which }) else { throw .unknownConflict(which) }
        return found
    }

    /// Makes what the conflict `id` lost current again, as a new change of this replica that
    /// also takes the conflict off the list: an overwritten value is set back; a refused
    /// change is applied anew (an item deleted elsewhere is created again, an id created
    /// twice gets a new one).
    @discardableResult
    public func take(_ id: String) throws -> Change {
        try commit(.change, settles: [id]) { ledger in
            guard let conflict = ledger.conflicts.first(where: { $0.id == id }) else { throw AccordError.unknownConflict(id) }
            let events = conflict.kind == .overwritten ? conflict.take
                : Self.reviving(conflict.take, in: ledger.state, tombstones: ledger.tombstones)
            return Change(ChangeLabel(.tookBack, title: conflict.itemID, detail: conflict.fields.joined(separator: ", ")), events: events)
        }
    }

    /// Takes the conflict `id` off the list, keeping the values as they are (every replica
    /// drops it once this change reaches it).
    @discardableResult
    public func dismiss(_ id: String) throws -> Change {
        try commit(.change, settles: [id]) { ledger in
            guard let conflict = ledger.conflicts.first(where: { $0.id == id }) else { throw AccordError.unknownConflict(id) }
            return Change(ChangeLabel(.keptCurrent, title: conflict.itemID, detail: conflict.shortID), events: [])
        }
    }

    /// The events of a refused change made to apply to `state`: an update of an item that is
    /// gone creates it again; a note or a tick of one is applied to it made again from its
    /// last value (`tombstones`), with its commitment and agreement when they are gone too; a
    /// creation under an id in use takes a new id (and the events after it follow the new one).
    static func reviving(_ events: [Event], in state: AccordState, tombstones: [String: Event] = [:]) -> [Event] {
        var made = Set<String>()
        /// The creations that make `id` again, its missing parents first.
        func remade(_ id: String) -> [Event] {
            guard state.kind(of: id) == nil, !made.contains(id), let creation = tombstones[id] else { return [] }
            made.insert(id)
            let parent: String? = switch creation {
            case .actionCreated(let action): action.commitmentID
            case .commitmentCreated(let commitment): commitment.agreementID
            default: nil
            }
            return (parent.map(remade) ?? []) + [creation]
        }
        let prepared = events.flatMap { event -> [Event] in
            switch event {
            case .noteSet(let id, _), .actionTicked(let id, _), .actionUnticked(let id): return remade(id) + [event]
            case .actionUpdated(let item, _) where state.actions[item.id] == nil: return remade(item.commitmentID) + [event]
            case .commitmentUpdated(let item, _) where state.commitments[item.id] == nil: return remade(item.agreementID) + [event]
            case .actionCreated(let item): return remade(item.commitmentID) + [event]
            case .commitmentCreated(let item): return remade(item.agreementID) + [event]
            default: return [event]
            }
        }
        return revivingCreations(prepared, in: state, made: made)
    }

    /// `reviving` for what is left: updates of items gone become creations, ids in use are made anew.
    private static func revivingCreations(_ events: [Event], in state: AccordState, made: Set<String>) -> [Event] {
        var renamed: [String: String] = [:]
        var taken = Set<String>()
        func fresh(_ id: String) -> String {
            var number = 2
            while state.kind(of: "\(id)-\(number)") != nil || taken.contains("\(id)-\(number)") { number += 1 }
            taken.insert("\(id)-\(number)")
            return "\(id)-\(number)"
        }
        func newID(_ id: String) -> String {
            if state.kind(of: id) != nil { renamed[id] = fresh(id) }
            return renamed[id] ?? id
        }
        return events.map { event in
            switch event {
            case .partnerCreated(var item): item.id = newID(item.id); return .partnerCreated(item)
            case .agreementCreated(var item):
                item.id = newID(item.id)
                item.signatories = item.signatories.map { renamed[$0] ?? $0 }
                return .agreementCreated(item)
            case .commitmentCreated(var item):
                item.id = newID(item.id)
                item.agreementID = renamed[item.agreementID] ?? item.agreementID
                return .commitmentCreated(item)
            case .actionCreated(var item):
                item.id = newID(item.id)
                item.commitmentID = renamed[item.commitmentID] ?? item.commitmentID
                return .actionCreated(item)
            case .partnerUpdated(let item, _) where state.partners[item.id] == nil && !made.contains(item.id): return .partnerCreated(item)
            case .agreementUpdated(let item, _) where state.agreements[item.id] == nil && !made.contains(item.id): return .agreementCreated(item)
            case .commitmentUpdated(let item, _) where state.commitments[item.id] == nil && !made.contains(item.id): return .commitmentCreated(item)
            case .actionUpdated(let item, _) where state.actions[item.id] == nil && !made.contains(item.id): return .actionCreated(item)
            default: return event
            }
        }
    }
}

extension Store {
    /// What the next undo (or redo) would set back over another replica's change since, in a
    /// sentence naming them by `names` ("Cluster Nancy changed 'title' of uo-h1 since"), or
    /// nil when it touches only what this replica set last.
    public func undoWarning(_ kind: RecordKind, names: ReplicaNames) -> String? {
        guard let journal, let pending = try? ledger.pending(kind) else { return nil }
        let over = ledger.setOverOthers(pending, replica: journal.replica)
        guard !over.isEmpty else { return nil }
        let who = Set(over.map(\.by.replica)).sorted().map { names.display($0) }.joined(separator: ", ")
        let core = Phrases.core
        let what = over.prefix(3).map { core.fieldsOfItem(["fields": $0.field, "id": $0.itemID]) }.joined(separator: ", ")
            + (over.count > 3 ? core.andMore(["n": over.count - 3]) : "")
        return core.undoWarning(["who": who, "what": what, "verb": kind == .redo ? core.redoVerb : core.undoVerb])
    }
}
