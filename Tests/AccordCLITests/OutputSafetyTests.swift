import Foundation
import Testing

/// Where output goes wrong — an empty data directory name, a file that is a link, a FIFO or a
/// device, a full disk, a closed pipe — the command says so in one line and loses nothing.
@Suite struct OutputSafetyTests {
    @Test func anEmptyDataDirectoryIsAUsageErrorAndTouchesNothing() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let flag = try accord.run(["--data", "", "list", "agreements"], removing: ["ACCORD_DATA"])
        #expect(flag.status == 2)
        #expect(flag.err.contains("--data is empty"), "\(flag.err)")
        let variable = try accord.run(["list", "agreements"], env: ["ACCORD_DATA": ""])
        #expect(variable.status == 2)
        #expect(variable.err.contains("ACCORD_DATA is set but empty"), "\(variable.err)")
        let tick = try accord.run(["tick", "uo-h1"], env: ["ACCORD_DATA": " "])
        #expect(tick.status == 2)
        #expect(!FileManager.default.fileExists(atPath: accord.home + "/.local/share/accord"), "the default data was not created")
    }

    @Test func aReportIsWrittenThroughALinkIntoAFIFOAndAFullDeviceFails() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        // A link: the target gets the report, the link stays a link.
        let target = accord.home + "/target.md", link = accord.home + "/link.md"
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let linked = try accord.run(["report", "--output", link])
        #expect(linked.status == 0, "\(linked.err)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target, "the link was replaced")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Partnership agreements"))
        // A FIFO: its reader gets the report.
        let fifo = accord.home + "/report.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = ""
        // The reader signals when it has read: waiting on that (not polling isExecuting, which
        // orders nothing) makes its write to `received` visible here (ThreadSanitizer saw the race).
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            // Opening a FIFO for reading waits for its writer; then read to its end.
            let handle = FileHandle(forReadingAtPath: fifo)
            received = String(decoding: handle?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
            finished.signal()
        }
        reader.start()
        let piped = try accord.run(["report", "--format", "csv", "--output", fifo])
        #expect(finished.wait(timeout: .now() + 30) == .success, "the FIFO's reader finished")
        #expect(piped.status == 0, "\(piped.err)")
        #expect(received.hasPrefix("agreement_id,agreement"), "the FIFO's reader got: \(received.prefix(80))")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
        // A full device: an error, exit 1, and no "Wrote".
        let full = try accord.run(["report", "--output", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.err == "accord: cannot write /dev/full: no space left on the disk; nothing was written there.\n")
        #expect(!full.out.contains("Wrote"))
        var device = stat()
        #expect(stat("/dev/full", &device) == 0 && device.st_mode & S_IFMT == S_IFCHR, "the device is still a device")
    }

    @Test func aFullStandardOutputIsOneLineAndASavedChangeStaysSaved() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["list", "agreements"])
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        for command in [["list", "actions"], ["show", "uo-h1"], ["search", "stage"], ["report"], ["export"]] {
            let result = try accord.run(command, stdout: full)
            #expect(result.status == 1, "\(command)")
            #expect(result.err == "accord: cannot write to standard output: no space left on the disk.\n", "\(command): \(result.err)")
        }
        let tick = try accord.run(["tick", "uo-h1"], stdout: full)
        #expect(tick.status == 0, "the tick was saved")
        #expect(tick.err.contains("the change was saved, but its message could not be written"))
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         yes"))
    }

    @Test func aClosedPipeEndsTheCommandQuietly() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        try accord.ok(["generate", "--agreements", "200", "--output", accord.home + "/many.yaml"])
        try accord.ok(["import", accord.home + "/many.yaml"])
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()   // a reader that has stopped reading, like `| head -1`
        let result = try accord.run(["list", "actions"], stdout: pipe.fileHandleForWriting)
        #expect(result.status == 0)
        #expect(result.err.isEmpty, "\(result.err)")
    }
}
