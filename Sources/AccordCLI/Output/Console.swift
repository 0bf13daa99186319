import AccordCore
import Glibc

/// Writing to stdout and stderr, with every failure handled: a closed pipe (`| head -1`)
/// ends the command quietly; any other failure (`> /dev/full`) is one line on stderr and
/// exit 1 — or exit 0 when a change was saved before (its message could not be printed).
enum Console {
    /// Set once a change is saved (the session's store tells it): a failed message no longer
    /// makes the command fail.
    nonisolated(unsafe) static var changeSaved = false

    static func out(_ text: String = "") {
        write(Array((text + "\n").utf8), to: 1)
    }

    /// Writes text as it is (no newline added): reports, exports.
    static func raw(_ text: String) {
        write(Array(text.utf8), to: 1)
    }

    /// Writes what `produce` hands to its `append` to standard output, in chunks as it comes.
    static func stream(_ produce: ((String) throws -> Void) throws -> Void) throws {
        let output = ChunkedOutput { write($0, to: 1) }
        try produce(output.append)
        try output.flush()
    }

    /// A yes to a `[y/N]` question, in either language: y, yes, o, oui.
    static func isYes(_ answer: String) -> Bool {
        ["y", "yes", "o", "oui"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Asks `question` on stderr and reads the answer: true for yes (y, yes, o, oui).
    static func ask(_ question: String) -> Bool {
        prompt(question)
        return readLine().map(isYes) ?? false
    }

    /// A question on stderr, without a newline (the answer is typed after it).
    static func prompt(_ text: String) {
        write(Array(SafeText.escaped(text, keepNewlines: true).utf8), to: 2)
    }

    /// A line on stderr. Errors and notices quote what came from elsewhere (a peer's file name,
    /// git's messages, a server hook's output): every control character is shown escaped.
    static func error(_ text: String) {
        write(Array((SafeText.escaped(text, keepNewlines: true) + "\n").utf8), to: 2)
    }

    private static func write(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                // Nowhere to say a failed message fails: what stderr cannot take is dropped.
                if fd == 2 { return }
                failed(code: errno)
            }
            offset += written
        }
    }

    /// Ends the process after a failed write (every change was fsynced before its message).
    private static func failed(code: Int32) -> Never {
        // A reader that stopped reading (`| head -1`) asked for no more: not an error.
        if code == EPIPE { exit(0) }
        let reason = SystemErrorText.reason(code)
        if changeSaved {
            write(Array((Phrases.command.savedButNotSaid(["reason": reason]) + "\n").utf8), to: 2)
            exit(0)
        }
        write(Array((Phrases.command.cannotWriteOutput(["reason": reason]) + "\n").utf8), to: 2)
        exit(1)
    }
}
