import Foundation

/// The text of each field of an item being created or edited, and how it becomes an event.
///
/// Forms in the dashboard and `accord add|edit` both fill a draft and ask it for
/// the event, so both parse, check and refuse in the same words.
public struct ItemDraft: Hashable, Sendable {
    public let kind: ItemKind
    /// The item being edited; nil when creating one.
    public let editingID: String?
    public var values: [ItemField: String]
    /// The values the draft started from (the item as it was; empty for a new one): the fields
    /// that differ from them are the ones the person changed.
    public let original: [ItemField: String]

    /// The fields shown for this draft, in order (`id` only when creating).
    public var fields: [ItemField] {
        ItemField.fields(of: kind) + (editingID == nil ? [.id] : [])
    }

    /// A new item of `kind`; `parent` is the agreement of a commitment or the
    /// commitment of an action, or a partner to sign a new agreement.
    public init(new kind: ItemKind, parent: String? = nil, in state: AccordState) {
        self.kind = kind
        editingID = nil
        var values: [ItemField: String] = [:]
        switch kind {
        case .partner: values[.kind] = PartnerKind.university.rawValue
        case .agreement:
            values[.status] = AgreementStatus.active.rawValue
            if let parent, state.partners[parent] != nil { values[.signatories] = parent + ", " }
        case .commitment:
            values[.agreement] = parent ?? ""
            values[.category] = state.sortedCategories.first?.id ?? ""
        case .action: values[.commitment] = parent ?? ""
        case .category: break
        }
        self.values = values
        original = [:]
    }

    /// The fields of an existing item; nil when no item has that id.
    public init?(editing id: String, in state: AccordState) {
        guard let kind = state.kind(of: id) else { return nil }
        self.kind = kind
        editingID = id
        var v: [ItemField: String] = [:]
        if let p = state.partners[id] {
            v = [.name: p.name, .shortName: p.shortName, .kind: p.kind.rawValue, .place: p.place, .description: p.description,
                 .links: Self.text(of: p.links)]
        } else if let a = state.agreements[id] {
            v = [.title: a.title, .signatories: a.signatories.joined(separator: ", "),
                 .associates: a.associates.joined(separator: ", "), .signed: a.signed?.description ?? "",
                 .term: a.termYears.map(String.init) ?? "", .status: a.status.rawValue, .summary: a.summary, .source: a.source,
                 .notice: a.noticeMonths.map(String.init) ?? "", .renewal: a.renewalYears.map(String.init) ?? "",
                 .links: Self.text(of: a.links)]
        } else if let c = state.commitments[id] {
            v = [.title: c.title, .agreement: c.agreementID, .category: c.categoryID, .owner: c.ownerID ?? "",
                 .due: c.due?.description ?? "", .description: c.description, .repeats: c.repeats?.text ?? "",
                 .links: Self.text(of: c.links)]
        } else if let a = state.actions[id] {
            v = [.title: a.title, .commitment: a.commitmentID, .due: a.due?.description ?? "",
                 .done: a.doneOn?.description ?? "", .note: a.note, .repeats: a.repeats?.text ?? "", .links: Self.text(of: a.links)]
        } else if let c = state.categories[id] {
            v = [.name: c.name]
        }
        values = v
        original = v
    }

    /// The fields the person changed since the draft was made.
    public var editedFields: [ItemField] {
        fields.filter { self[$0] != (original[$0] ?? "") }
    }

    /// The person's changes over the item as it is in `state` now (another process may have
    /// changed other fields since the draft was made); nil when the item is gone.
    public func rebased(on state: AccordState) -> ItemDraft? {
        guard let editingID, var current = ItemDraft(editing: editingID, in: state) else { return nil }
        for field in editedFields { current[field] = self[field] }
        return current
    }

    public subscript(field: ItemField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// Sets a field given on the command line; refuses a field this kind has not.
    public mutating func set(_ field: ItemField, to value: String) throws(FieldError) {
        guard fields.contains(field) else {
            throw FieldError(field, Phrases.core.noSuchField(["kind": kind.withArticle, "field": field.rawValue,
                                                                "fields": fields.map(\.rawValue).joined(separator: ", ")]))
        }
        values[field] = value
    }

    /// The event that creates or updates the item; throws naming the first field that is wrong.
    ///
    /// Checks what the text can say on its own (dates, numbers, choices, known
    /// partners); the reducer checks the rest when the event is applied.
    public func event(in state: AccordState, today: Day) throws(FieldError) -> Event {
        for field in fields where field.isRequired && self[field].allSatisfy(\.isWhitespace) {
            throw FieldError(field, Phrases.core.cannotBeEmpty.text)
        }
        let id = try resolvedID(in: state)
        let rank = editingID.flatMap { state.rank(of: $0) } ?? state.nextRank
        let creating = editingID == nil
        switch kind {
        case .partner:
            guard let partnerKind = PartnerKind(rawValue: trimmed(.kind)) else {
                throw choiceError(.kind, in: state)
            }
            var partner = Partner(id: id, name: trimmed(.name), shortName: trimmed(.shortName), kind: partnerKind,
                                  place: trimmed(.place), description: self[.description], rank: rank)
            partner.links = links()
            return creating ? .partnerCreated(partner)
                : .partnerUpdated(partner, fields: state.partners[id].map { Partner.schema.differingKeys($0, partner) })
        case .agreement:
            guard let status = AgreementStatus(rawValue: trimmed(.status)) else { throw choiceError(.status, in: state) }
            var agreement = Agreement(id: id, title: trimmed(.title), signatories: try partners(.signatories, in: state),
                                      associates: try partners(.associates, in: state), signed: try day(.signed, today: today),
                                      termYears: try years(.term), status: status, summary: self[.summary],
                                      source: trimmed(.source), rank: rank)
            agreement.noticeMonths = try months(.notice)
            agreement.renewalYears = try years(.renewal)
            agreement.termStart = state.agreements[id]?.termStart
            agreement.links = links()
            return creating ? .agreementCreated(agreement)
                : .agreementUpdated(agreement, fields: state.agreements[id].map { Agreement.schema.differingKeys($0, agreement) })
        case .commitment:
            let category = trimmed(.category)
            guard state.categories[category] != nil else { throw choiceError(.category, in: state) }
            let owners = try partners(.owner, in: state)
            if owners.count > 1 { throw FieldError(.owner, Phrases.core.oneOwner(["n": owners.count])) }
            let agreementID = try reference(.agreement, in: state)
            try checkOwner(owners.first, of: agreementID, in: state)
            var commitment = Commitment(id: id, agreementID: agreementID, categoryID: category,
                                        title: trimmed(.title), description: self[.description], ownerID: owners.first,
                                        due: try day(.due, today: today), rank: rank)
            commitment.repeats = try recurrence(due: commitment.due, today: today)
            commitment.links = links()
            return creating ? .commitmentCreated(commitment)
                : .commitmentUpdated(commitment, fields: state.commitments[id].map { Commitment.schema.differingKeys($0, commitment) })
        case .action:
            var action = Action(id: id, commitmentID: try reference(.commitment, in: state), title: trimmed(.title),
                                doneOn: try day(.done, today: today), note: self[.note], due: try day(.due, today: today), rank: rank)
            action.repeats = try recurrence(due: action.due, today: today)
            action.seriesID = state.actions[id]?.seriesID
            action.links = links()
            return creating ? .actionCreated(action)
                : .actionUpdated(action, fields: state.actions[id].map { Action.schema.differingKeys($0, action) })
        case .category:
            throw FieldError(nil, Phrases.core.categoriesByImport.text)
        }
    }

    /// The event as a labelled change: "Added action 'X'", "Edited agreement 'Y'".
    public func change(in state: AccordState, today: Day) throws(FieldError) -> Change {
        let event = try event(in: state, today: today)
        let title = kind == .partner ? trimmed(.name) : trimmed(.title)
        return Change(ChangeLabel(editingID == nil ? .added : .edited, kind: kind, title: title), events: [event])
    }

    // MARK: Parsing one field

    private func trimmed(_ field: ItemField) -> String {
        self[field].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func resolvedID(in state: AccordState) throws(FieldError) -> String {
        if let editingID { return editingID }
        let typed = trimmed(.id)
        if !typed.isEmpty {
            if let problem = ItemID.problem(with: typed) { throw FieldError(.id, Phrases.core.invalidID(["id": typed, "reason": problem])) }
            if let existing = state.kind(of: typed) { throw FieldError(.id, Phrases.core.typedIDTaken(["id": typed, "kind": existing.withArticle])) }
            return typed
        }
        return ItemID.unique(from: idSource, fallback: kind.rawValue, in: state)
    }

    /// The text a new item's id is made from: a partner's short name (else its name), others' title.
    private var idSource: String {
        kind == .partner ? (trimmed(.shortName).isEmpty ? trimmed(.name) : trimmed(.shortName)) : trimmed(.title)
    }

    /// The id a new item with no typed id would get if no other item held it: when the
    /// saved id differs, the plain one was taken (often by the same item added twice).
    public var plainID: String {
        let typed = trimmed(.id)
        return editingID ?? (typed.isEmpty ? ItemID.slug(from: idSource, fallback: kind.rawValue) : typed)
    }

    private func day(_ field: ItemField, today: Day) throws(FieldError) -> Day? {
        let text = trimmed(field)
        if text.isEmpty { return nil }
        guard let day = DateInput.day(text, today: today, direction: field.dateDirection) else {
            throw FieldError(field, Phrases.core.notADate(["text": text, "today": today.description]))
        }
        if field == .done, day > today {
            throw FieldError(field, Phrases.core.doneInFuture(["day": day.description, "today": today.description]))
        }
        return day
    }

    private func years(_ field: ItemField) throws(FieldError) -> Int? {
        let text = trimmed(field)
        if text.isEmpty { return nil }
        guard let years = Int(text), years >= 1, years <= 100 else {
            throw FieldError(field, Phrases.core.notYears(["text": text]))
        }
        return years
    }

    private func months(_ field: ItemField) throws(FieldError) -> Int? {
        let text = trimmed(field)
        if text.isEmpty { return nil }
        guard let months = Int(text), (1...120).contains(months) else {
            throw FieldError(field, Phrases.core.notMonths(["text": text]))
        }
        return months
    }

    /// The rule of the `repeat` field: a rule already written keeps its start; a new one starts on the due day.
    private func recurrence(due: Day?, today: Day) throws(FieldError) -> Recurrence? {
        let text = trimmed(.repeats)
        if text.isEmpty { return nil }
        do {
            return try RecurrenceInput.parse(text, due: due, today: today)
        } catch {
            throw FieldError(.repeats, error.description)
        }
    }

    /// The links of the `links` field: one per line or separated by ` | `.
    private func links() -> [ItemLink] {
        self[.links].split(whereSeparator: \.isNewline).flatMap { $0.components(separatedBy: " | ") }.compactMap(ItemLink.init(typed:))
    }

    /// Links as the `links` field shows them, one per line.
    static func text(of links: [ItemLink]) -> String { links.map(\.typed).joined(separator: "\n") }

    private func partners(_ field: ItemField, in state: AccordState) throws(FieldError) -> [String] {
        var ids: [String] = []
        for word in self[field].split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let name = word.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            guard let id = state.partnerID(named: name) else {
                throw FieldError(field, Phrases.core.noPartnerCalled(["name": name]))
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The id of the agreement or commitment a reference field names: its id (any case), or
    /// its title when exactly one has it (accents and case ignored).
    private func reference(_ field: ItemField, in state: AccordState) throws(FieldError) -> String {
        guard case .reference(let expected) = field.valueKind else { return trimmed(field) }
        let text = trimmed(field)
        if state.kind(of: text) == expected { return text }
        if state.kind(of: text.lowercased()) == expected { return text.lowercased() }
        let folded = TextFolding.fold(text)
        let titled: [String]
        switch expected {
        case .agreement: titled = state.agreements.values.filter { TextFolding.fold($0.title) == folded }.map(\.id)
        case .commitment: titled = state.commitments.values.filter { TextFolding.fold($0.title) == folded }.map(\.id)
        default: titled = []
        }
        if titled.count == 1 { return titled[0] }
        if titled.count > 1 {
            throw FieldError(field, Phrases.core.severalCalled(["n": titled.count, "kinds": expected.localizedNoun(count: titled.count), "text": text,
                                                                "ids": titled.sorted().prefix(3).joined(separator: ", ")]))
        }
        throw FieldError(field, Phrases.core.noReference(["kind": expected.name, "text": text, "command": expected.noun(count: 2)]))
    }

    /// A commitment's owner is one of its agreement's signatories or associates. An owner the
    /// commitment already had is kept as it is (data imported before this rule).
    private func checkOwner(_ owner: String?, of agreementID: String, in state: AccordState) throws(FieldError) {
        guard let owner, let agreement = state.agreements[agreementID] else { return }
        if let editingID, state.commitments[editingID]?.ownerID == owner { return }
        guard agreement.signatories.contains(owner) || agreement.associates.contains(owner) else {
            let names = (agreement.signatories + agreement.associates).map { state.partners[$0]?.displayName ?? $0 }
            throw FieldError(.owner, Phrases.core.ownerNotPartner(["owner": state.partners[owner]?.displayName ?? owner,
                                                                  "partners": names.joined(separator: ", ")]))
        }
    }

    private func choiceError(_ field: ItemField, in state: AccordState) -> FieldError {
        FieldError(field, Phrases.core.notOneOf(["text": trimmed(field), "choices": field.choices(in: state).joined(separator: ", ")]))
    }
}

extension AccordState {
    /// The item a person means by `text`: its id in any case, or a partner's short or full
    /// name (any case, any accents); nil when nothing is called that. One rule for every
    /// command that takes an id.
    public func itemID(named text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if kind(of: trimmed) != nil { return trimmed }
        let lowered = trimmed.lowercased()
        if kind(of: lowered) != nil { return lowered }
        return partnerID(named: trimmed)
    }

    /// The partner a person means by `name`: an id, or a short or full name (any case, any accents).
    public func partnerID(named name: String) -> String? {
        if partners[name] != nil { return name }
        let folded = TextFolding.fold(name)
        let sorted = sortedPartners
        return sorted.first { TextFolding.fold($0.shortName) == folded }?.id
            ?? sorted.first { TextFolding.fold($0.name) == folded }?.id
            ?? sorted.first { $0.id == folded }?.id
    }
}
