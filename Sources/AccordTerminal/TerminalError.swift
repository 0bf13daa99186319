/// Why the dashboard cannot start in this terminal.
public enum TerminalError: Error, CustomStringConvertible {
    /// Standard input does not come from the terminal (`accord < file` on a terminal).
    case inputNotATerminal
    case notATerminal
    case termNotSet
    case unknownTerminal(String)
    case noCursorAddressing(String)

    public var description: String {
        switch self {
        case .inputNotATerminal:
            return "the dashboard reads keys from the terminal, but standard input is not one; "
                + "run 'accord' without redirecting its input, or use the commands ('accord list agreements')."
        case .notATerminal:
            return "the dashboard needs a terminal (standard input and output are not a TTY); "
                + "in scripts use 'accord list agreements' and the other commands."
        case .termNotSet:
            return "TERM is not set, so the terminal type is unknown; set it (e.g. TERM=xterm-256color) and try again."
        case .unknownTerminal(let name):
            return "the terminal type '\(name)' is unknown here (no terminfo entry); "
                + "set TERM to one this system knows, e.g. xterm-256color."
        case .noCursorAddressing(let name):
            return "the terminal '\(name)' cannot move the cursor, which the dashboard needs; "
                + "use a full terminal, or the commands ('accord list agreements')."
        }
    }
}
