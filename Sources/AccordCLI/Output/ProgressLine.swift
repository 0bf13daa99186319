import AccordCore
import Foundation
import Glibc

/// A line on stderr while long work runs (import, generate, rebuild, sync): what is being done,
/// how far when it is counted ("42,000 of 100,000 agreements · 21,000/s · 3 s left"), the time
/// so far otherwise; redrawn in place at most four times a second, and erased when the work
/// ends. Nothing at all when stderr is not a terminal (a pipe, a file, cron): scripts and logs
/// see only the result.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let label: String
    private var step = ""
    private var done = 0
    private var total: Int?
    private var stepStart = Date()
    private let started = Date()
    private var shown = false
    private var ticker: Thread?
    /// The command's language (the ticker's thread has none of its own).
    private let language = Language.current

    /// A progress line for `label` ("Importing g100k.json"), or nil when stderr is not a terminal
    /// (or `ACCORD_NO_PROGRESS` is set).
    static func start(_ label: String) -> ProgressLine? {
        guard isatty(2) == 1, ProcessInfo.processInfo.environment["ACCORD_NO_PROGRESS"] == nil else { return nil }
        return ProgressLine(label)
    }

    private init(_ label: String) {
        self.label = SafeText.escaped(label)
        // Redrawn while a step runs without counting (the time so far moves on).
        let thread = Thread { [weak self] in
            while let line = self, !Thread.current.isCancelled {
                line.draw()
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
        ticker = thread
        thread.start()
    }

    /// A new step ("reading", "writing the cache"), counted up to `total` when it is known.
    func step(_ text: String, total: Int? = nil) {
        lock.withLock {
            step = text
            done = 0
            self.total = total
            stepStart = Date()
        }
    }

    /// How far the current step has got.
    func advance(to count: Int) {
        lock.withLock { done = count }
    }

    /// Erases the line: what the command prints next starts on a clean line.
    func finish() {
        ticker?.cancel()
        lock.withLock {
            if shown { Self.write("\r\u{1B}[K") }
            shown = false
            step = ""
        }
    }

    private func draw() {
        Language.$current.withValue(language) { drawInLanguage() }
    }

    private func drawInLanguage() {
        lock.withLock {
            guard !step.isEmpty, Date().timeIntervalSince(started) > 0.3 else { return }
            var text = "\(label): \(step)"
            let elapsed = Date().timeIntervalSince(stepStart)
            if let total, total > 0 {
                text += " · " + Phrases.command.progressCount(["done": Self.number(done), "total": Self.number(total)])
                if done > 0, elapsed > 0.5 {
                    let rate = Double(done) / elapsed
                    text += " · " + Phrases.command.progressRate(["rate": Self.number(Int(rate))])
                    let left = Double(total - done) / max(rate, 1)
                    text += " · " + Phrases.command.progressLeft(["time": Self.duration(left)])
                }
            } else {
                text += " · " + Self.duration(Date().timeIntervalSince(started))
            }
            var size = winsize()
            let width = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
            Self.write("\r\u{1B}[K" + String(text.prefix(max(10, width - 1))))
            shown = true
        }
    }

    private static func number(_ value: Int) -> String {
        value.formatted(.number.locale(Locale(identifier: Language.current == .fr ? "fr_FR" : "en_US")))
    }

    private static func duration(_ seconds: Double) -> String {
        seconds < 60 ? "\(Int(seconds.rounded(.up))) s" : "\(Int(seconds) / 60) min \(Int(seconds) % 60) s"
    }

    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
