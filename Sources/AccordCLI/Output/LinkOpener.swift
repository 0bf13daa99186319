import AccordCore
import Foundation

/// Opens an item's link with the desktop's opener (`xdg-open`), or says clearly why it cannot.
struct LinkOpener {
    /// Where relative file paths are read from (the data directory).
    let baseDirectory: String
    /// The PATH searched for the opener.
    var searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"

    /// What the opener is given for `link`: a URL as written (control characters removed), or a
    /// file path with `~` expanded and a relative path taken from `baseDirectory`.
    func argument(for link: ItemLink) -> String {
        let target = SafeText.withoutControls(link.target).trimmingCharacters(in: .whitespaces)
        if link.isURL { return target }
        if target.hasPrefix("~/") { return NSHomeDirectory() + target.dropFirst() }
        if target.hasPrefix("/") { return target }
        return (baseDirectory as NSString).appendingPathComponent(target)
    }

    /// True when `link` opens without asking: a web or mail link, or a file when this replica set
    /// the link itself. Anything else a teammate set (another scheme, a file in the shared folder,
    /// a path elsewhere) is asked about first.
    static func opensWithoutAsking(_ link: ItemLink, setHere: Bool) -> Bool {
        if link.isURL {
            let scheme = link.target.prefix { $0 != ":" }.lowercased()
            return ["https", "http", "mailto"].contains(scheme)
        }
        return setHere
    }

    /// Opens `link`; throws a message that names the problem (no opener, no such file, the opener failed).
    func open(_ link: ItemLink) throws(LinkOpenerError) {
        let argument = argument(for: link)
        if !link.isURL, !FileManager.default.fileExists(atPath: argument) {
            throw LinkOpenerError(message: Phrases.command.linkFileMissing(["path": argument]))
        }
        guard let opener = searchPath.split(separator: ":").map({ "\($0)/xdg-open" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw LinkOpenerError(message: Phrases.command.noOpener(["target": argument]))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [argument]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw LinkOpenerError(message: Phrases.command.openerFailed(["target": argument, "reason": "\(error)"]))
        }
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw LinkOpenerError(message: Phrases.command.openerFailed(["target": argument,
                                                                        "reason": "xdg-open exit \(process.terminationStatus)"]))
        }
    }
}

/// Why a link could not be opened, in words.
struct LinkOpenerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
