import AccordCore

extension Phrases {
    /// The dashboard's screens: panes, header, status bar, details, overview, key names.
    public static let dashboard = DashboardPhrases()
    /// The dashboard's messages, forms and dialogs.
    public static let dialog = DialogPhrases()
}
