import AccordCore

/// What a form shows besides its own fields: its title, the partner a partners field
/// would take, and the words for each choice field's value.
public struct FormViewModel: Hashable, Sendable {
    public var form: ItemForm
    /// "New agreement", "Edit action — X", "Note — X".
    public var title: String
    /// The partner → would take in the focused partners field (id, name).
    public var suggestion: Suggestion?
    /// How each choice field's value reads ("Internships" for `internships`).
    public var choiceLabels: [ItemField: String]

    public struct Suggestion: Hashable, Sendable {
        public var id: String
        public var name: String
    }

    public init(form: ItemForm, title: String, suggestion: Suggestion? = nil, choiceLabels: [ItemField: String] = [:]) {
        self.form = form
        self.title = title
        self.suggestion = suggestion
        self.choiceLabels = choiceLabels
    }

    init(_ form: ItemForm, in state: AccordState) {
        self.form = form
        title = form.title(in: state)
        // Looked up once a frame: it scans every partner.
        suggestion = form.suggestion(state: state).map { Suggestion(id: $0.id, name: $0.name) }
        var labels: [ItemField: String] = [:]
        for field in form.fields where field.valueKind == .choice {
            let value = form.editor(field).text
            switch field {
            case .category: labels[field] = state.categories[value]?.name ?? value
            case .kind: labels[field] = PartnerKind(rawValue: value)?.label ?? value
            default: labels[field] = value
            }
        }
        choiceLabels = labels
    }
}
