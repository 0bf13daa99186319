import Foundation
import Testing

/// Long commands show a progress line on a terminal's stderr, and nothing at all when stderr is
/// a pipe or a file (a script, cron).
@Suite(.serialized) struct ProgressLineTests {
    @Test func generateShowsItsCountOnATerminalThenErasesIt() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/big.yaml"
        let tmux = try TmuxSession(accord, arguments: ["generate", "--agreements", "60000", "--output", file])
        defer { tmux.close() }
        let running = try tmux.waitUntil("the progress line", seconds: 30) { $0.contains("Generating: agreements written · ") }
        #expect(running.range(of: #"Generating: agreements written · [0-9,]+ of 60,000"#, options: .regularExpression) != nil, "\(running)")
        let done = try tmux.waitFor("EXIT=0", seconds: 120)
        #expect(done.contains("Wrote \(file): 60,000 agreements"), "\(done)")
        #expect(!done.contains("Generating:"), "the line is erased once the work ends")
    }

    @Test func nothingOfItReachesAPipeOrAFile() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/some.json"
        let generated = try accord.run(["generate", "--agreements", "3000", "--format", "json", "--output", file])
        #expect(generated.status == 0)
        #expect(!generated.err.contains("Generating") && !generated.err.contains("\r"), "\(generated.err)")
        let imported = try accord.run(["import", file])
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.err.isEmpty, "stderr is a pipe here: no progress line, \(imported.err.debugDescription)")
        let rebuilt = try accord.run(["journal", "rebuild"])
        #expect(rebuilt.status == 0 && !rebuilt.err.contains("\r"), "\(rebuilt.err)")
    }
}
