import Foundation

/// Where a data directory keeps what never travels (`local/`): inside it, unless the data
/// directory is on a network file system (NFS, SMB, AFS, Ceph, 9p, sshfs), where file locks
/// cannot be trusted and whatever is there is shared — then under `stateHome/accord/`, keyed by
/// the data directory's path. A `local/` already inside such a directory stays in use (its
/// replica id with it).
public enum LocalFolder {
    /// Where a user's state lives: `~/.local/state`, or `$XDG_STATE_HOME` as the program's entry
    /// sets it once, before any data directory is opened.
    nonisolated(unsafe) public static var stateHome = NSHomeDirectory() + "/.local/state"

    /// The file system types (as `/proc/self/mounts` names them) of network file systems.
    static let networkTypes: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "ceph", "9p", "fuse.sshfs"]

    /// The `local/` folder of the data directory `directory`.
    public static func path(for directory: String) -> String {
        let inside = directory + "/local"
        // The common case costs one `stat`: a `local/` that exists is used.
        if FileManager.default.fileExists(atPath: inside) { return inside }
        let absolute = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        let mounts = (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""
        return path(for: directory, fileSystemType: fileSystemType(of: absolute, mounts: mounts), stateHome: stateHome, insideExists: false)
    }

    /// The decision: `directory/local`, unless the directory is on a network file system and has none yet.
    static func path(for directory: String, fileSystemType: String?, stateHome: String, insideExists: Bool) -> String {
        let inside = directory + "/local"
        guard let fileSystemType, networkTypes.contains(fileSystemType), !insideExists else { return inside }
        let name = String(directory.split(separator: "/").last ?? "data").lowercased()
            .unicodeScalars.map { ReplicaIdentity.isValid(String($0)) ? String($0) : "-" }.joined()
        return stateHome + "/accord/\(name.prefix(40))-\(CRC32C.hex(Array(directory.utf8)))"
    }

    /// The type of the file system `path` (absolute, links resolved) is on, from the mount table
    /// (`/proc/self/mounts`: device, mount point, type …): the longest mount point above it.
    static func fileSystemType(of path: String, mounts: String) -> String? {
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let above = point == "/" || path == point || path.hasPrefix(point.hasSuffix("/") ? point : point + "/")
            if above, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        return best?.type
    }
}
