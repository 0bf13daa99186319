import Foundation

/// The names replicas gave themselves (`accord replica name`): each in `journal/<id>.name`,
/// written by that replica only, so sharing the folder never meets a conflict.
public struct ReplicaNames: Sendable, Equatable {
    private var names: [String: String]

    public init(_ names: [String: String] = [:]) { self.names = names }

    /// Every name in `layout`'s journal folder.
    public static func load(_ layout: DataLayout, fileSystem: FileSystem = PosixFileSystem()) -> ReplicaNames {
        var names: [String: String] = [:]
        for file in fileSystem.listDirectory(layout.journals) where file.hasSuffix(".name") {
            let id = String(file.dropLast(5))
            // Written by another replica: no link followed, no FIFO waited on, its first line only.
            guard ReplicaIdentity.isValid(id),
                  let bytes = try? fileSystem.readUntrusted(file, in: "journal", of: layout.directory, upTo: 4 << 10) else { continue }
            let name = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            let clean = SafeName.clean(name)
            if !clean.isEmpty { names[id] = clean }
        }
        return ReplicaNames(names)
    }

    /// The name of `replica`, or nil when it has none.
    public func name(of replica: String) -> String? { names[replica] }

    /// How to call `replica` to a person: its name, else its id; "this replica" is not said here.
    public func display(_ replica: String) -> String { names[replica] ?? replica }

    /// Writes this replica's name (a single line, control characters dropped, at most 80 characters).
    public static func write(_ name: String, for layout: DataLayout, fileSystem: FileSystem = PosixFileSystem()) throws(FileSystemError) {
        let clean = SafeName.clean(name)
        try fileSystem.createDirectory(layout.journals, mode: 0o700)
        try fileSystem.writeFile(layout.nameFile(of: layout.replica) + ".tmp", Array((clean + "\n").utf8))
        try fileSystem.rename(layout.nameFile(of: layout.replica) + ".tmp", to: layout.nameFile(of: layout.replica))
        try fileSystem.syncDirectory(layout.journals)
    }
}

/// A replica's name made safe to show: one line, no control characters, at most 80 characters.
enum SafeName {
    static func clean(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { !CharacterSetTest.isControl($0) }
        return String(String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces).prefix(80))
    }
}

private enum CharacterSetTest {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) || scalar.properties.generalCategory == .format
    }
}
