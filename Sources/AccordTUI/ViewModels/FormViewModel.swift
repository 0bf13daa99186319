import AccordCore

/// What a form shows besides its own fields: its title, the item → would take in the
/// focused partner, agreement or commitment field, and the words for each choice field's value.
public struct FormViewModel: Hashable, Sendable {
    public var form: ItemForm
    /// "New agreement", "Edit action — X", "Note — X".
    public var title: String
    /// The item → would take in the focused field (id, name).
    public var suggestion: FormSuggestion?
    /// How each choice field's value reads ("Internships" for `internships`).
    public var choiceLabels: [ItemField: String]
    /// How the focused date field's text was read ("→ Thursday 31 December 2026"), or why
    /// it is not a date; nil when the field is empty, already `YYYY-MM-DD`, or not a date field.
    public var dateReading: String?
    /// True when `dateReading` says the text is not a date.
    public var dateReadingIsError = false
    /// The word typed in the focused partner field when it names no partner (Ctrl-N adds it).
    public var newPartnerName: String?
    /// Accessible mode: no box lines.
    public var plain = false

    public init(form: ItemForm, title: String, suggestion: FormSuggestion? = nil, choiceLabels: [ItemField: String] = [:]) {
        self.form = form
        self.title = title
        self.suggestion = suggestion
        self.choiceLabels = choiceLabels
    }

    init(_ form: ItemForm, in state: AccordState, today: Day? = nil, plain: Bool = false) {
        self.plain = plain
        self.form = form
        title = form.title(in: state)
        // Looked up once a frame: it scans the partners, agreements or commitments until one matches.
        suggestion = form.suggestion(state: state)
        var labels: [ItemField: String] = [:]
        for field in form.fields where field.valueKind == .choice {
            labels[field] = field.choiceName(form.editor(field).text, in: state)
        }
        choiceLabels = labels
        let field = form.focusedField
        if suggestion == nil, field.valueKind == .partners || field.valueKind == .partner {
            let word = form.partnerWordTyped
            if !word.isEmpty, state.partnerID(named: word) == nil { newPartnerName = word }
        }
        let typed = form.editor(field).text.trimmingCharacters(in: .whitespaces)
        if let today, field.valueKind == .day, !typed.isEmpty {
            if let day = DateInput.day(typed, today: today, direction: field.dateDirection) {
                // Said even for ISO: the weekday helps.
                dateReading = "→ " + LocalFormat.spelled(day) + (DateInput.isCanonical(typed) ? "" : "  (\(day))")
            } else {
                dateReading = Phrases.dialog.notADateYet.text
                dateReadingIsError = true
            }
        }
    }
}
