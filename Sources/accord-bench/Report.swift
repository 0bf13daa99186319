import Foundation

/// The benchmark's results: a table for people, JSON for tools.
struct Report {
    struct Row: Encodable {
        var name: String
        var value: Double
        var unit: String
        var goal: String?
        var pass: Bool?
    }

    var rows: [Row] = []

    mutating func add(_ name: String, _ value: Double, _ unit: String, goal: String? = nil, pass: Bool? = nil) {
        rows.append(Row(name: name, value: value, unit: unit, goal: goal, pass: pass))
        let shown = value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
        let verdict = pass.map { $0 ? "ok" : "MISSED" } ?? ""
        print(name.padding(toLength: 52, withPad: " ", startingAt: 0)
              + (shown + " " + unit).padding(toLength: 18, withPad: " ", startingAt: 0)
              + (goal ?? "").padding(toLength: 14, withPad: " ", startingAt: 0) + verdict)
        fflush(nil)
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(rows)) ?? Data(), as: UTF8.self)
    }
}
