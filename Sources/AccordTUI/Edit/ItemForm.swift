import AccordCore

/// A form over the panes: labelled fields for an item being added or edited, or one note.
///
/// Tab / ↓ and Shift-Tab / ↑ move between fields; ← → choose in a choice field
/// (or type its first letters); → at the end of a partner, agreement or commitment
/// field takes the suggested item; Enter saves (a new line in a note: there Ctrl-S saves);
/// Esc cancels. A refusal moves the focus to the field at fault and says why under it.
public struct ItemForm: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// Adding or editing the item of the draft.
        case item
        /// Setting the note (or description, summary) of an item.
        case note(id: String)
    }

    public let purpose: Purpose
    public private(set) var draft: ItemDraft
    public let fields: [ItemField]
    public private(set) var editors: [ItemField: TextEditor]
    /// Index into `fields` of the field taking keys.
    public internal(set) var focus = 0
    /// Why the last save was refused.
    public internal(set) var error: FieldError?
    /// The values of each choice field.
    public let choices: [ItemField: [String]]
    /// Set once the person chose to overwrite a version another Accord saved meanwhile.
    public internal(set) var otherVersionSeen = false
    /// The forms this one was opened from (a partner added from an agreement's Signatories
    /// field with Ctrl-N), nearest last: saving or cancelling goes back to it.
    public internal(set) var over: [ItemForm] = []
    /// The values of each choice field as they read (folded), for typing their first letters.
    private let choiceNames: [ItemField: [String]]
    /// Letters typed into a choice field, to jump to the first value they start.
    private var choicePrefix = ""

    /// Adds or edits the draft's item.
    public init(_ draft: ItemDraft, state: AccordState) {
        purpose = .item
        self.draft = draft
        fields = draft.fields
        var editors: [ItemField: TextEditor] = [:]
        var choices: [ItemField: [String]] = [:]
        for field in fields {
            editors[field] = TextEditor(draft[field], multiline: field.isMultiline)
            if field.valueKind == .choice { choices[field] = field.choices(in: state) }
        }
        self.editors = editors
        self.choices = choices
        choiceNames = choices.reduce(into: [:]) { names, entry in
            names[entry.key] = entry.value.map { TextFolding.fold(entry.key.choiceName($0, in: state)) }
        }
    }

    /// Edits the free text of item `id`; nil when there is no such item.
    public init?(noteOf id: String, state: AccordState) {
        guard let draft = ItemDraft(editing: id, in: state) else { return nil }
        let field = ItemField.noteField(of: draft.kind)
        purpose = .note(id: id)
        self.draft = draft
        fields = [field]
        editors = [field: TextEditor(draft[field], multiline: true)]
        choices = [:]
        choiceNames = [:]
    }

    /// "New agreement", "Edit action", "Note — Publier les offres".
    public func title(in state: AccordState) -> String {
        switch purpose {
        case .note(let id): return "\(ItemField.noteField(of: draft.kind).label) — \(state.title(of: id))"
        case .item:
            let kind = draft.kind
            // "New agreement" / "Ajouter une convention"; "Edit agreement" / "Modifier la convention".
            guard let id = draft.editingID else {
                return Phrases.dialog.newItem(["kind": Phrase(en: kind.name.english, fr: kind.withArticle.french)])
            }
            return Phrases.dialog.editItem(["kind": Phrase(en: kind.name.english, fr: kind.withDefiniteArticle.french),
                                            "title": state.title(of: id)])
        }
    }

    public var focusedField: ItemField { fields[focus] }

    public func editor(_ field: ItemField) -> TextEditor { editors[field]! }

    /// The draft with every editor's text.
    public var filledDraft: ItemDraft {
        var filled = draft
        for (field, editor) in editors { filled[field] = editor.text }
        return filled
    }

    /// What a key does to the form.
    public enum Outcome: Hashable, Sendable { case handled, save, cancel, ignored }

    /// Applies a key; says when the person asks to save or cancel.
    public mutating func handle(_ key: Key, state: AccordState) -> Outcome {
        let field = focusedField
        switch key {
        case .escape: return .cancel
        case .control("s"): return .save
        case .tab: moveFocus(by: 1); return .handled
        case .backTab: moveFocus(by: -1); return .handled
        default: break
        }
        if case .paste(let text) = key {
            if PastedText.isTooLong(text) {
                error = FieldError(field, Phrases.dialog.pasteTooLong(["limit": Key.pasteLimit]))
                return .handled
            }
            // A choice is chosen, not typed: a paste there names nothing.
            if field.valueKind == .choice { return .ignored }
        }
        if field.valueKind == .choice { return handleChoice(key, field: field) }
        if key == .right, editors[field]!.cursorAtEnd, let suggested = suggestion(state: state) {
            take(suggested.id)
            return .handled
        }
        if editors[field]!.handle(key) {
            error = nil
            return .handled
        }
        switch key {
        case .enter: return .save
        case .down: moveFocus(by: 1); return .handled
        case .up: moveFocus(by: -1); return .handled
        default: return .ignored
        }
    }

    /// The word being typed in the focused partner field (after the last comma).
    public var partnerWordTyped: String { partnerWords.last ?? "" }

    /// The focused partner field's names, trimmed: those separated by commas in a list field
    /// (the last one being typed), the whole text in a one-partner field.
    private var partnerWords: [String] {
        let text = editors[focusedField]!.text
        return focusedField.valueKind == .partners
            ? text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
            : [text.trimmingSpaces()]
    }

    /// A new partner form for the word typed in the focused partner field, returning to this one.
    public func newPartnerForm(state: AccordState) -> ItemForm {
        var draft = ItemDraft(new: .partner, in: state)
        draft[.name] = partnerWordTyped
        var form = ItemForm(draft, state: state)
        form.over = over + [self]
        return form
    }

    /// Puts item `id` in the focused field in place of the word being typed (the suggestion →
    /// takes, a partner added with Ctrl-N); a list of partners is then ready for the next one.
    public mutating func take(_ id: String) {
        let field = focusedField
        if field.valueKind == .partners {
            let text = editors[field]!.text
            let before = text.lastIndex(of: ",").map { String(text[...$0]) + " " } ?? ""
            editors[field] = TextEditor(before + id + ", ")
        } else {
            editors[field] = TextEditor(id)
        }
        error = nil
    }

    /// Shows a refusal and focuses the field at fault.
    public mutating func refuse(_ error: FieldError) {
        self.error = error
        if let field = error.field, let index = fields.firstIndex(of: field) { focus = index }
    }

    private mutating func moveFocus(by delta: Int) {
        focus = (focus + delta + fields.count) % fields.count
        choicePrefix = ""
    }

    private mutating func handleChoice(_ key: Key, field: ItemField) -> Outcome {
        let values = choices[field] ?? []
        guard !values.isEmpty else { return .ignored }
        let current = values.firstIndex(of: editors[field]!.text) ?? 0
        var chosen = current
        switch key {
        case .left, .character("-"): chosen = (current + values.count - 1) % values.count; choicePrefix = ""
        case .right, .character(" "), .character("+"): chosen = (current + 1) % values.count; choicePrefix = ""
        case .home: chosen = 0
        case .end: chosen = values.count - 1
        case .backspace: choicePrefix = ""; return .handled
        case .character(let c):
            choicePrefix += TextFolding.fold(String(c))
            // The value or the name it reads as (a French "en cours" for "active").
            let names = choiceNames[field] ?? []
            func starts(_ index: Int) -> Bool {
                values[index].hasPrefix(choicePrefix) || (index < names.count && names[index].hasPrefix(choicePrefix))
            }
            guard let match = values.indices.first(where: starts) else {
                choicePrefix = TextFolding.fold(String(c))
                guard let single = values.indices.first(where: starts) else { choicePrefix = ""; return .handled }
                chosen = single
                break
            }
            chosen = match
        case .enter: return .save
        case .down: moveFocus(by: 1); return .handled
        case .up: moveFocus(by: -1); return .handled
        default: return .ignored
        }
        editors[field] = TextEditor(values[chosen])
        error = nil
        return .handled
    }

    /// The item the word being typed may name, in a partner, agreement or commitment field
    /// (by id, short name or title: first one they start, else one with a word that does);
    /// → at the end of the field takes it.
    public func suggestion(state: AccordState) -> FormSuggestion? {
        let field = focusedField
        let text = editors[field]!.text
        switch field.valueKind {
        case .partners, .partner:
            let parts = partnerWords
            guard let word = parts.last, !word.isEmpty else { return nil }
            let taken = Set(parts.dropLast())
            let candidates = state.sortedPartners.filter { !taken.contains($0.id) && $0.id != word }
            return Self.best(candidates, for: word, id: \.id, names: { [$0.shortName, $0.name] })
                .map { FormSuggestion(id: $0.id, name: $0.name) }
        case .reference(.agreement):
            let word = text.trimmingSpaces()
            guard !word.isEmpty, state.agreements[word] == nil else { return nil }
            return Self.best(state.sortedAgreements(), for: word, id: \.id, names: { [$0.title] })
                .map { FormSuggestion(id: $0.id, name: $0.title) }
        case .reference(.commitment):
            let word = text.trimmingSpaces()
            guard !word.isEmpty, state.commitments[word] == nil else { return nil }
            // The commitments of the agreement being worked on come first.
            let agreementID = draft.editingID.flatMap { state.actions[$0]?.commitmentID }.flatMap { state.commitments[$0]?.agreementID }
                ?? state.commitments[draft[.commitment]]?.agreementID
            let near = agreementID.map { state.commitments(of: $0) } ?? []
            let nearIDs = Set(near.map(\.id))
            let candidates = near + state.commitments.values.filter { !nearIDs.contains($0.id) }.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
            return Self.best(candidates, for: word, id: \.id, names: { [$0.title] })
                .map { FormSuggestion(id: $0.id, name: $0.title) }
        default:
            return nil
        }
    }

    /// The first candidate whose id or a name starts with `word` (accents and case ignored),
    /// else the first with a word of a name that does.
    private static func best<Item>(_ candidates: [Item], for word: String, id: (Item) -> String,
                                   names: (Item) -> [String]) -> Item? {
        let folded = TextFolding.fold(word)
        guard !folded.isEmpty else { return nil }
        return candidates.first { item in
            id(item).hasPrefix(folded) || names(item).contains { TextFolding.fold($0).hasPrefix(folded) }
        } ?? candidates.first { item in
            Tokenizer.tokens(names(item).joined(separator: " ")).contains { $0.hasPrefix(folded) }
        }
    }
}

private extension String {
    func trimmingSpaces() -> String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
