import Foundation

/// This replica's id: a random name made once, kept in `local/replica`, never shared.
/// A replica is one person's Accord on one machine; every process there shares it.
public enum ReplicaIdentity {
    /// True when `text` can be a replica id: 1 to 40 of `a-z`, `0-9` and `-`.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 40
            && text.utf8.allSatisfy { (0x61...0x7a).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2d }
    }

    /// A new random id: 12 hex digits.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() & 0xffff_ffff_ffff
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// The id kept in `local/replica` of `directory`, made and written there when there is none
    /// and `create` allows it; nil when there is none (and it may not be made), or it cannot be read.
    ///
    /// With `create`, `local/` must also be where it was made: `local/origin` names the machine
    /// and the folder (its inode). A `local/` copied from elsewhere — a synced folder that shared
    /// it, a backup restored — would write as the replica it was copied from, two writers of one
    /// journal: a new id is made instead (the old one is kept in `local/replica.copied`).
    public static func resolve(directory: String, create: Bool,
                               fileSystem: FileSystem = PosixFileSystem()) throws(FileSystemError) -> String? {
        let probe = DataLayout(directory: directory, replica: "")
        if let bytes = try fileSystem.readFile(probe.replicaFile) {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard isValid(text) else {
                throw FileSystemError(operation: "read", path: probe.replicaFile, code: 0,
                                      reason: "it holds no replica id (1 to 40 of a-z, 0-9, -)")
            }
            guard create else { return text }
            let here = origin(of: probe, fileSystem: fileSystem)
            switch try fileSystem.readFile(probe.originFile).map({ String(decoding: $0, as: UTF8.self) }) {
            case nil:
                try fileSystem.writeFile(probe.originFile, Array(here.utf8))
                return text
            case here?:
                return text
            default:
                try fileSystem.rename(probe.replicaFile, to: probe.replicaFile + ".copied")
            }
        }
        guard create else { return nil }
        let id = make()
        try fileSystem.createDirectory(probe.local, mode: 0o700)
        try fileSystem.writeFile(probe.replicaFile, Array((id + "\n").utf8))
        try fileSystem.writeFile(probe.originFile, Array(origin(of: probe, fileSystem: fileSystem).utf8))
        try fileSystem.syncDirectory(probe.local)
        return id
    }

    /// Where `local/` is: this machine's id (or host name) and the folder's device and inode.
    static func origin(of layout: DataLayout, fileSystem: FileSystem) -> String {
        let machine = ((try? fileSystem.readFile("/etc/machine-id")) ?? nil).map { String(decoding: $0, as: UTF8.self) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ProcessInfo.processInfo.hostName
        let folder = fileSystem.identityNotFollowing(layout.local)
        return "\(machine) \(folder?.device ?? 0):\(folder?.inode ?? 0)\n"
    }
}
