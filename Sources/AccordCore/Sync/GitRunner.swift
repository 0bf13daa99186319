import Foundation

/// Runs `git` in a data directory and reads what it says: the one place `accord sync` starts processes.
struct GitRunner {
    let directory: String
    /// Extra `-c key=value` settings put before every command (a committer when none is set).
    var settings: [String] = []

    /// What one git command did.
    struct Outcome {
        var status: Int32
        var out: String
        var err: String
        var succeeded: Bool { status == 0 }
        /// Its first lines of error, for a message.
        var complaint: String {
            let text = (err.isEmpty ? out : err).split(separator: "\n").prefix(3).joined(separator: " / ")
            return text.isEmpty ? "exit status \(status)" : text
        }
    }

    /// The `git` program, from PATH (then the usual places); nil when git is not installed.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"] {
            let candidate = folder + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Runs `git ARGUMENTS` in the directory; never asks on the terminal (a sync in cron must not hang).
    @discardableResult
    func run(_ arguments: [String]) throws(SyncError) -> Outcome {
        guard let git = Self.executable else { throw .gitMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["-C", directory] + settings.flatMap { ["-c", $0] } + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw .gitFailed(command: arguments.first ?? "git", reason: "\(error)") }
        // Both pipes are read to their end before waiting: a full pipe would stop git.
        let errReader = Thread.detachNewThreadReadingToEnd(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errReader.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                       err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a command that must succeed.
    @discardableResult
    func must(_ arguments: [String]) throws(SyncError) -> Outcome {
        let outcome = try run(arguments)
        guard outcome.succeeded else { throw .gitFailed(command: arguments.prefix(2).joined(separator: " "), reason: outcome.complaint) }
        return outcome
    }
}

extension Thread {
    /// Reads `handle` to its end on another thread; `wait()` returns the bytes.
    final class EndReader: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    static func detachNewThreadReadingToEnd(_ handle: FileHandle) -> EndReader { EndReader(handle) }
}
