import Foundation
import Testing

/// `accord watch`: each change, made by any process on the data, printed as it lands.
@Suite struct WatchCommandTests {
    /// Starts `accord watch ARGUMENTS` with its output going to a file; returns the process and the file.
    private func watch(_ accord: AccordBinary, _ arguments: [String]) throws -> (Process, String) {
        let output = accord.home + "/watch-\(UUID().uuidString).out"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let process = Process()
        process.executableURL = AccordBinary.url
        process.arguments = ["watch"] + arguments
        process.environment = accord.environment()
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: output)
        try process.run()
        return (process, output)
    }

    /// True once `process` holds an inotify descriptor (it watches the journals), within 10 s.
    private func watching(_ process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        let folder = "/proc/\(process.processIdentifier)/fd"
        while Date() < deadline {
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if descriptors.contains(where: { (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) == "anon_inode:inotify" }) {
                return true
            }
            usleep(5_000)
        }
        return false
    }

    private func lines(_ path: String, count: Int, seconds: Double = 10) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var lines: [String] = []
        while Date() < deadline {
            lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            if lines.count >= count { break }
            usleep(20_000)
        }
        return lines
    }

    @Test func printsEachChangeAsItLandsInTextAndJSON() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        let (text, textFile) = try watch(accord, [])
        defer { if text.isRunning { text.terminate() } }
        let (json, jsonFile) = try watch(accord, ["--json", "--count", "3"])
        defer { if json.isRunning { json.terminate() } }
        // Both watch the journals (their inotify descriptor is open) before anything is written.
        for process in [text, json] { #expect(watching(process), "never started watching") }
        _ = try accord.ok(["tick", "uo-s2"])
        _ = try accord.ok(["note", "uo-s2", "appelé\tle 3"])
        _ = try accord.ok(["undo"])
        let printed = lines(textFile, count: 3)
        #expect(printed.count == 3, "\(printed)")
        #expect(printed.first?.hasPrefix("2  ") == true && printed.first?.hasSuffix("  Ticked 'Suivre le nombre de stagiaires accueillis chez les adhérents'") == true)
        #expect(printed.last?.hasSuffix("Undid: Noted 'Suivre le nombre de stagiaires accueillis chez les adhérents'") == true)
        let objects = lines(jsonFile, count: 3).map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 3)
        #expect(objects.map { $0?["seq"] as? Int } == [2, 3, 4])
        #expect(objects.map { $0?["kind"] as? String } == ["change", "change", "undo"])
        #expect(objects[0]?["items"] as? [String] == ["uo-s2"])
        #expect(objects[2]?["description"] as? String == "Undid: Noted 'Suivre le nombre de stagiaires accueillis chez les adhérents'")
        let deadline = Date().addingTimeInterval(5)
        while json.isRunning && Date() < deadline { usleep(20_000) }
        #expect(!json.isRunning && json.terminationStatus == 0, "--count 3 ends after three changes")
        #expect(text.isRunning, "without --count it goes on")
    }

    @Test func aCountBelowOneIsAUsageError() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let result = try accord.run(["watch", "--count", "0"])
        #expect(result.status == 2 && result.err.contains("--count must be at least 1"), "\(result.err)")
    }
}
