import Foundation

/// Runs the built `accord` binary on a private data directory.
struct AccordBinary {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// The binary `swift test` built with this test bundle (in the same build folder), or `$ACCORD_BIN`.
    /// Never one found elsewhere: a stale binary from another build would test old code.
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["ACCORD_BIN"] { return URL(fileURLWithPath: path) }
        // On Linux the test bundle is an executable and its `bundleURL` the build folder; on macOS it is
        // `<build folder>/AccordPackageTests.xctest`.
        let bundle = Bundle.main.bundleURL
        for directory in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("accord")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("no accord binary in the test bundle's build folder \(bundle.path); "
                   + "run the tests with 'swift test' (which builds it), or set ACCORD_BIN")
    }()

    let home: String
    var data: String { home + "/data" }
    /// This replica's journal in the data directory (once a command has made the replica).
    var journal: String {
        let replica = (try? String(contentsOfFile: data + "/local/replica", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        return data + "/journal/\(replica).log"
    }

    init() {
        home = NSTemporaryDirectory() + "accord-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: home) }

    /// The environment: HOME and XDG paths inside the temporary directory, ACCORD_DATA set.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        // The snapshot read in place kept at any size: the sample data is far below where it pays.
        var env = ["HOME": home, "ACCORD_DATA": data, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC",
                   "ACCORD_READ_IN_PLACE_ABOVE": "0"]
        // Under scripts/sanitize the program is instrumented too: it keeps the sanitizer's settings.
        for key in ["ASAN_OPTIONS", "TSAN_OPTIONS"] { env[key] = ProcessInfo.processInfo.environment[key] }
        env.merge(extra) { $1 }
        return env
    }

    @discardableResult
    /// Runs `[WRAPPER] accord ARGUMENTS`; `wrapper` is a command and its options (`prlimit --fsize=N`).
    func run(_ arguments: [String], env: [String: String] = [:], removing: [String] = [], stdin: String? = nil,
             wrapper: [String] = [], stdout: FileHandle? = nil) throws -> Result {
        let process = Process()
        if let tool = wrapper.first {
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = Array(wrapper.dropFirst()) + [Self.url.path] + arguments
        } else {
            process.executableURL = Self.url
            process.arguments = arguments
        }
        var environment = environment(env)
        for key in removing { environment[key] = nil }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        if let stdin { process.standardInput = FileHandle(forReadingAtPath: stdin) }
        try process.run()
        // Both pipes at once: a child that fills one while we wait on the other would hang.
        nonisolated(unsafe) var errData = Data()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        if stdout != nil { try? out.fileHandleForWriting.close() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs and expects success; returns stdout.
    @discardableResult
    func ok(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure("accord \(arguments.joined(separator: " ")) exited \(result.status): \(result.err)")
        }
        return result.out
    }

    struct Failure: Error, CustomStringConvertible { var description: String; init(_ d: String) { description = d } }
}
