import AccordCore
import AccordTUI
import CNcursesw
import Glibc

/// The terminal, through ncursesw: the only code that talks to ncurses.
///
/// Started with `newterm` (never `initscr`, which exits on an unknown TERM);
/// `stop()` restores the terminal and is safe to call more than once.
public final class NcursesBackend: ScreenBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Grid?
    private var styles: [CellStyle: (attrs: attr_t, pair: Int16)] = [:]
    private var palette: ColorPalette
    private let colors: Int
    private var stopped = false
    private let accessible: Bool

    /// Starts curses on this process's terminal.
    /// `accessible` shows the terminal's cursor (it always sits on the focus).
    public static func start(theme: Theme, mouse: Bool, accessible: Bool = false,
                             environment: [String: String]) throws(TerminalError) -> NcursesBackend {
        guard isatty(1) == 1 else { throw .notATerminal }
        guard isatty(0) == 1 else { throw .inputNotATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .termNotSet }
        if setlocale(LC_ALL, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        SignalWatcher.install()
        // Before curses changes the terminal's modes: a crash puts back these.
        accord_install_crash_guard()
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else { throw .notATerminal }
        guard let screen = newterm(nil, output, input) else { throw .unknownTerminal(term) }
        set_term(screen)
        guard accord_has_cursor_addressing() == 1, term != "dumb" else {
            endwin()
            delscreen(screen)
            throw .noCursorAddressing(term)
        }
        let window = accord_stdscr()!
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(accessible ? 1 : 0)
        leaveok(window, false)
        set_escdelay(25)
        wtimeout(window, 200)
        if mouse {
            mouseinterval(0)
            mousemask(accord_all_mouse_events(), nil)
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        var colors = 0
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            colors = Int(accord_colors())
        }
        // Pasted text comes between markers, so that it is never taken for keys.
        accord_bracketed_paste(1)
        return NcursesBackend(screen: screen, window: window, theme: theme, colors: colors, accessible: accessible)
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, theme: Theme, colors: Int, accessible: Bool) {
        self.screen = screen
        self.window = window
        self.colors = colors
        self.accessible = accessible
        palette = ColorPalette(theme: theme, colors: colors)
    }

    /// Colours the terminal shows (0 when colour is off, by NO_COLOR or the terminal).
    public var colorCount: Int { colors }

    public func apply(_ theme: Theme) {
        palette = ColorPalette(theme: theme, colors: colors)
        styles.removeAll()
        previous = nil
        clearok(window, true)
    }

    deinit { stop() }

    /// Restores the terminal (leaves the alternate screen, shows the cursor).
    public func stop() {
        guard !stopped else { return }
        stopped = true
        accord_bracketed_paste(0)
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// Ctrl-Z: gives the terminal back to the shell as it was (paste mode off), stops, and
    /// takes it again when continued (`fg`); the next frame is drawn whole.
    public func suspend() {
        accord_bracketed_paste(0)
        endwin()
        accord_suspend()
        refresh()
        accord_bracketed_paste(1)
        curs_set(accessible ? 1 : 0)
        previous = nil
        clearok(window, true)
    }

    public var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    public var stopRequested: Bool { SignalWatcher.stopSignal != 0 || hungUp }

    /// The signal that asked the program to stop (SIGTERM, SIGHUP, SIGINT), or 0; a terminal
    /// that went away without a signal counts as SIGHUP.
    public var stopSignal: Int32 { SignalWatcher.stopSignal != 0 ? SignalWatcher.stopSignal : hungUp ? SIGHUP : 0 }

    /// True once the terminal is gone (its input hung up): nothing more will come.
    private var hungUp = false

    public func present(_ grid: Grid, fullRedraw: Bool) {
        if fullRedraw || previous?.width != grid.width || previous?.height != grid.height {
            previous = nil
            clearok(window, true)
        }
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                if let previous, previous[x, y] == cell {
                    x += 1
                    continue
                }
                if cell.isContinuation {
                    x += 1
                    continue
                }
                // Group a run of changed ASCII cells of one style into one call; other graphemes go alone.
                var text = cell.text
                var end = x + 1
                if cell.text.utf8.count == 1 {
                    while end < grid.width, grid[end, y].style == cell.style, grid[end, y].text.utf8.count == 1,
                          previous.map({ $0[end, y] != grid[end, y] }) ?? true {
                        text += grid[end, y].text
                        end += 1
                    }
                }
                let look = attributes(cell.style)
                wattr_set(window, look.attrs, look.pair, nil)
                mvwaddstr(window, Int32(y), Int32(x), text)
                x = end
            }
        }
        // The cursor on the focus, where screen readers and braille displays look.
        let cursor = grid.cursor ?? CursorPosition(x: 0, y: 0)
        wmove(window, Int32(cursor.y), Int32(cursor.x))
        wnoutrefresh(window)
        doupdate()
        previous = grid
    }

    private func attributes(_ style: CellStyle) -> (attrs: attr_t, pair: Int16) {
        if let known = styles[style] { return known }
        let look = palette.attributes(for: style, nextPair: Int16(styles.count + 1))
        styles[style] = look
        return look
    }

    public var wakeDescriptors: [Int32] = []

    public func nextKey() -> Key? {
        if !pending.isEmpty { return pending.removeFirst() }
        var character: wint_t = 0
        if !wakeDescriptors.isEmpty {
            // A key ncurses already holds comes first; otherwise wait for input or a wake-up.
            wtimeout(window, 0)
            let ready = wget_wch(window, &character)
            wtimeout(window, 200)
            if ready != ERR { return decode(ready, character) }
            var watched = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
                + wakeDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let count = poll(&watched, nfds_t(watched.count), 200)
            if count > 0, watched[0].revents == 0 { return nil }
            if count == 0 { return nil }
        }
        let result = wget_wch(window, &character)
        if result == ERR {
            // No key within the poll interval — or a terminal that closed: then stop at once
            // rather than poll a dead input in a loop.
            var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            if poll(&input, 1, 0) > 0, input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { hungUp = true }
            return nil
        }
        return decode(result, character)
    }

    /// The key `wget_wch` read (`result` is OK or KEY_CODE_YES).
    private func decode(_ result: Int32, _ character: wint_t) -> Key? {
        if result == KEY_CODE_YES { return functionKey(Int32(character)) }
        return character == 27 ? escapeSequence() : plainKey(character)
    }

    /// Keys read ahead (the key after an Escape that began no sequence).
    private var pending: [Key] = []

    /// After ESC: a sequence ncurses did not know is read whole (its bytes came together)
    /// and becomes its key or nothing; ESC alone is the Escape key.
    private func escapeSequence() -> Key? {
        wtimeout(window, 0)
        defer { wtimeout(window, 200) }
        var character: wint_t = 0
        var result = wget_wch(window, &character)
        guard result != ERR, result != KEY_CODE_YES, let first = UnicodeScalar(character).map(Character.init),
              EscapeSequence.starts(first) else {
            // Escape, then an ordinary key typed or pasted right after it.
            if result != ERR {
                if let key = result == KEY_CODE_YES ? functionKey(Int32(character)) : plainKey(character) { pending.append(key) }
            }
            return .escape
        }
        var body = [first]
        // The rest is already there, or a few milliseconds behind over a slow link.
        wtimeout(window, 10)
        while !EscapeSequence.isComplete(body), body.count < EscapeSequence.maximumLength {
            result = wget_wch(window, &character)
            guard result != ERR, result != KEY_CODE_YES, let next = UnicodeScalar(character) else { break }
            body.append(Character(next))
        }
        if body == EscapeSequence.pasteStart { return readPaste() }
        return EscapeSequence.key(for: body)
    }

    /// The text between `ESC [ 200 ~` and `ESC [ 201 ~`, as one key. Past `Key.pasteLimit`
    /// characters the rest is read and dropped (the key holds one more to say so). A paste
    /// whose end never comes ends after a second of silence.
    private func readPaste() -> Key {
        wtimeout(window, 1000)
        defer { wtimeout(window, 200) }
        var text: [Character] = []
        var kept = 0
        var character: wint_t = 0
        let end = Array(EscapeSequence.pasteEnd)
        var tail: [Character] = []
        while true {
            let result = wget_wch(window, &character)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                // A key ncurses decoded inside the paste (a stray sequence): its text is lost, not run.
                continue
            }
            guard let scalar = UnicodeScalar(character) else { continue }
            let next = Character(scalar)
            // The end marker is held back until it is whole or proved not to be one.
            tail.append(next)
            if tail == Array(end.prefix(tail.count)) {
                if tail.count == end.count { break }
                continue
            }
            // Not the end marker: what was held is text — but an ESC last may start the real one.
            let restart = tail.count > 1 && tail.last == "\u{1B}"
            for held in tail.dropLast(restart ? 1 : 0) where kept <= Key.pasteLimit {
                text.append(held)
                kept += 1
            }
            tail = restart ? ["\u{1B}"] : []
        }
        return .paste(String(text))
    }

    /// Drops the keys already waiting (typed or pasted before a form closed), and says how many.
    public func discardWaitingKeys() -> Int {
        pending.removeAll()
        wtimeout(window, 0)
        defer { wtimeout(window, 200) }
        var count = 0
        var character: wint_t = 0
        while wget_wch(window, &character) != ERR { count += 1 }
        return count
    }

    private func plainKey(_ character: wint_t) -> Key? {
        switch character {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(UInt8(character) + 96)))
        default:
            guard let scalar = UnicodeScalar(character), character >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let state = event.bstate
            if state & accord_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: Int(event.x), y: Int(event.y))) }
            if state & accord_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: Int(event.x), y: Int(event.y))) }
            if state & (accord_button1_pressed() | accord_button1_clicked()) != 0 {
                return .mouse(MouseEvent(.press, x: Int(event.x), y: Int(event.y)))
            }
            return nil
        default: return nil
        }
    }
}
