import AccordCore
import ArgumentParser
import Foundation

/// Clickable links (OSC 8) in the command line's human output, where the terminal shows them.
struct Hyperlinks {
    /// `--hyperlinks`: auto (a terminal known to show them), always, never.
    enum Mode: String, CaseIterable, ExpressibleByArgument, Sendable {
        case auto, always, never
    }

    let enabled: Bool

    /// In `auto`, links are written only to a terminal, never on the Linux console or a VT (`TERM=linux`,
    /// `vt*`), a dumb terminal, or inside tmux or screen (`TMUX` set, `TERM=screen*|tmux*`), which
    /// pass them on only when configured to.
    init(mode: Mode, environment: [String: String] = ProcessInfo.processInfo.environment,
         isTerminal: Bool = isatty(STDOUT_FILENO) == 1) {
        switch mode {
        case .always: enabled = true
        case .never: enabled = false
        case .auto:
            let term = environment["TERM"] ?? ""
            let insideMultiplexer = environment["TMUX"] != nil || term.hasPrefix("screen") || term.hasPrefix("tmux")
            let plainConsole = term.isEmpty || term == "dumb" || term == "linux" || term.hasPrefix("vt")
            enabled = isTerminal && !insideMultiplexer && !plainConsole
        }
    }

    /// `text` made a link to `uri` when enabled (control characters removed from both ends of it:
    /// an ESC in a URI would end the sequence early and let data drive the terminal).
    func link(_ text: String, to uri: String) -> String {
        guard enabled else { return text }
        let clean = SafeText.withoutControls(uri)
        return "\u{1B}]8;;\(clean)\u{1B}\\\(text)\u{1B}]8;;\u{1B}\\"
    }

    /// The URI of an opener argument: a URL as it is, a file path as `file://host/path` (percent-encoded).
    static func uri(of link: ItemLink, opened argument: String) -> String {
        if link.isURL { return argument }
        let host = ProcessInfo.processInfo.hostName
        let path = argument.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? argument
        return "file://\(host)\(path)"
    }
}
