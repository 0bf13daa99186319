/// What a key asks of a form. Keys of `edit` rows go to the focused field (its text
/// editor, or its choices); the rows say what they do there.
public enum FormCommand: Hashable, Sendable {
    case save, cancel, help, redraw, quit
    /// In a partner field: a nested form adds the partner typed; once saved, back to this form with it.
    case newPartner
    /// Passed to the form: moving between fields, editing the focused field, Enter.
    case edit
}
