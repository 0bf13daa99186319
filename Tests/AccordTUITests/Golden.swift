import Foundation
import Testing
@testable import AccordTUI

/// Golden screen files: the screen's lines, then each row's style runs.
/// `ACCORD_RECORD=1 swift test` rewrites them; a mismatch prints a line diff.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func render(_ grid: Grid) -> String {
        var text = grid.text + "\n--- styles\n"
        for y in 0..<grid.height {
            text += "\(y): " + grid.styleRuns(row: y).joined(separator: ", ") + "\n"
        }
        return text
    }

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = render(grid)
        if ProcessInfo.processInfo.environment["ACCORD_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt; run ACCORD_RECORD=1 swift test, then review it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) {
            let old = i < e.count ? e[i] : "<none>"
            let new = i < a.count ? a[i] : "<none>"
            guard old != new else { continue }
            diff.append("line \(i + 1):\n  - " + old + "\n  + " + new)
            if diff.count == 12 { break }
        }
        let report = diff.joined(separator: "\n")
        Issue.record("screen differs from \(name).txt:\n\(report)", sourceLocation: sourceLocation)
    }
}
