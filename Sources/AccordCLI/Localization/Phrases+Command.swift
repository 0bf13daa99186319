import AccordCore

extension Phrases {
    /// What the command line prints and the errors it gives.
    static let command = CommandPhrases()
    /// The command line's `--help`: what each command and option does.
    static let help = CommandHelpPhrases()
}
