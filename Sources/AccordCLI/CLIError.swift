import Foundation

/// An error the command line reports as one sentence on stderr.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    /// 1 for an error, 2 for a usage or terminal problem.
    var exitCode: Int32

    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }

    /// A problem and what it meant, as two sentences: "…does not exist. Nothing was imported."
    /// (never "exist.; nothing" or "exist.. Nothing").
    init(_ problem: String, then consequence: String, exitCode: Int32 = 1) {
        let trimmed = problem.trimmingCharacters(in: .whitespaces)
        let ended = trimmed.last.map { ".!?".contains($0) } ?? true ? trimmed : trimmed + "."
        self.init(ended.isEmpty ? consequence : ended + " " + consequence, exitCode: exitCode)
    }
}
