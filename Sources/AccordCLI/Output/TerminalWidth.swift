import Glibc

/// How wide standard output is, when it is a terminal.
enum TerminalWidth {
    /// The terminal's columns (`COLUMNS` when set, else the terminal's own size); nil when
    /// standard output is not a terminal (a pipe or a file takes every line whole).
    static var ofStandardOutput: Int? {
        guard isatty(1) == 1 else { return nil }
        if let text = getenv("COLUMNS").map({ String(cString: $0) }), let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
