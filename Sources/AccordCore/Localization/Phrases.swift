/// Every catalog of phrases, by the part of Accord that speaks them. The dashboard and the
/// command line add their own (`Phrases.dashboard`, `Phrases.command`).
public enum Phrases {
    /// Standings, change labels, refusals and form errors.
    public static let core = CorePhrases()
    /// Names of kinds of item, partner kinds, statuses, built-in categories and fields.
    public static let model = ModelPhrases()
    /// What opening and following the journals say.
    public static let journal = JournalPhrases()
    /// Why an import file is refused.
    public static let importing = ImportPhrases()
    /// Markdown, HTML and CSV reports.
    public static let report = ReportPhrases()
}
