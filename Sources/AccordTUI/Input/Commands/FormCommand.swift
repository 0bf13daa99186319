/// What a key asks of a form. Keys of `edit` rows go to the focused field (its text
/// editor, or its choices); the rows say what they do there.
public enum FormCommand: Hashable, Sendable {
    case save, cancel, help, redraw, quit
    /// Passed to the form: moving between fields, editing the focused field, Enter.
    case edit
}
