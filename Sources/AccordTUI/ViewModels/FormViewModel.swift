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

    public init(form: ItemForm, title: String, suggestion: FormSuggestion? = nil, choiceLabels: [ItemField: String] = [:]) {
        self.form = form
        self.title = title
        self.suggestion = suggestion
        self.choiceLabels = choiceLabels
    }

    init(_ form: ItemForm, in state: AccordState) {
        self.form = form
        title = form.title(in: state)
        // Looked up once a frame: it scans the partners, agreements or commitments until one matches.
        suggestion = form.suggestion(state: state)
        var labels: [ItemField: String] = [:]
        for field in form.fields where field.valueKind == .choice {
            labels[field] = field.choiceName(form.editor(field).text, in: state)
        }
        choiceLabels = labels
    }
}
