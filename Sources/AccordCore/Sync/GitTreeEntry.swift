/// One file of a git tree, as `git ls-tree -r -l -z` lists it.
struct GitTreeEntry: Hashable, Sendable {
    /// `100644` a file, `100755` an executable, `120000` a link, `160000` a submodule.
    var mode: String
    /// The blob's (or commit's) id.
    var object: String
    /// Its size in bytes (0 for a submodule).
    var size: Int

    /// True for a plain file (the only kind Accord writes).
    var isPlainFile: Bool { mode == "100644" || mode == "100755" }

    /// The entries of `git ls-tree -r -l -z` output, by path.
    static func parse(_ output: String) -> [String: GitTreeEntry] {
        var entries: [String: GitTreeEntry] = [:]
        for record in output.split(separator: "\0") {
            guard let tab = record.firstIndex(of: "\t") else { continue }
            let fields = record[..<tab].split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 4 else { continue }
            entries[String(record[record.index(after: tab)...])] = GitTreeEntry(mode: String(fields[0]), object: String(fields[2]),
                                                                               size: Int(fields[3]) ?? 0)
        }
        return entries
    }
}
