/// An error the command line reports as one sentence on stderr.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    /// 1 for an error, 2 for a usage or terminal problem.
    var exitCode: Int32

    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }
}
