import AccordCore
import Foundation

/// Where the data directory is: `--data`, else `ACCORD_DATA`, else
/// `$XDG_DATA_HOME/accord`, else `~/.local/share/accord`.
enum DataDirectory {
    static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag, !flag.isEmpty { return absolute(flag) }
        if let value = environment["ACCORD_DATA"], !value.isEmpty { return absolute(value) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/accord" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/accord"
    }

    /// Why `path` cannot be the data directory, or nil: a directory that holds files and none
    /// of Accord's (`journal/`, `local/`, or an old `journal.log`) is someone else's — Accord
    /// would fill it with its own and show nothing of it (`--data /proc`, `--data ~/Documents`).
    /// Hidden entries (`.git`, `.stfolder`, `.stignore`) do not count: a new shared folder has them.
    static func problem(with path: String) -> String? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        let marks: Set<String> = ["journal", "local", "journal.log"]
        if entries.contains(where: marks.contains) { return nil }
        let others = entries.filter { !$0.hasPrefix(".") }.sorted()
        guard !others.isEmpty else { return nil }
        let shown = others.prefix(3).map { SafeText.escaped($0) }.joined(separator: ", ") + (others.count > 3 ? ", …" : "")
        return Phrases.command.notAccordData(["directory": SafeText.escaped(path), "files": shown])
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") { return NSHomeDirectory() + path.dropFirst() }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
