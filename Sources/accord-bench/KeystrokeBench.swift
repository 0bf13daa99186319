import AccordCore
import AccordTUI
import Foundation
import Glibc

/// `--keystrokes-on DIR`: typing a search in the dashboard on an existing data directory (the
/// million actions). For each keystroke: the loop's time (the key and the next frame) and the
/// time until its hits show — with the search on its own thread, then on the loop as before.
enum KeystrokeBench {
    static func run(_ directory: String, report: inout Report) throws {
        let words = ["incubateur", "handicap", "lorraine"]
        for offLoop in [true, false] {
            let store = try Store.open(directory: directory)
            let dashboard = DashboardRuntime(store: store, width: 200, height: 60, indexInBackground: offLoop)
            _ = dashboard.frame
            // The index is built first (once, in the background): what is timed is the typing.
            dashboard.press(.character("/"))
            dashboard.press(.character("z"))
            waitForAnswer(dashboard)
            dashboard.press(.escape)
            var loop: [Double] = []
            var answered: [Double] = []
            for word in words {
                dashboard.press(.character("/"))
                for letter in word {
                    let start = Measure.now()
                    dashboard.press(.character(letter))
                    _ = dashboard.frame
                    loop.append((Measure.now() - start) * 1000)
                    waitForAnswer(dashboard)
                    _ = dashboard.frame
                    answered.append((Measure.now() - start) * 1000)
                }
                dashboard.press(.escape)
            }
            let label = offLoop ? "off the loop" : "on the loop"
            report.add("key + frame, search \(label), p50", Measure.percentile(loop, 50), "ms")
            report.add("key + frame, search \(label), p99", Measure.percentile(loop, 99), "ms",
                       goal: offLoop ? "< 16 ms" : nil, pass: offLoop ? Measure.percentile(loop, 99) < 16 : nil)
            report.add("key to hits shown, \(label), p50", Measure.percentile(answered, 50), "ms")
            report.add("key to hits shown, \(label), p99", Measure.percentile(answered, 99), "ms")
        }
    }

    /// Runs the loop's background work until the search line has its answer.
    private static func waitForAnswer(_ dashboard: DashboardRuntime) {
        while let search = dashboard.model.search, search.query != nil, search.answered != search.query {
            var ready = dashboard.wakeDescriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            _ = poll(&ready, nfds_t(ready.count), 50)
            dashboard.finishBackgroundWork()
        }
    }
}
