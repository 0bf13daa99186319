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

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") { return NSHomeDirectory() + path.dropFirst() }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
