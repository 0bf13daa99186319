import CBuildInfo

/// What `accord --version` says: the version, and the commit the build was made from when
/// the build was told it (`scripts/install` does).
enum AccordVersion {
    /// The version of this source tree (raised with each round of work).
    static let number = "0.3.0"

    /// The commit, as `git describe` gave it to the build (`abc123def456`, `-dirty` when the
    /// tree had changes); nil for a plain `swift build`.
    static var commit: String? {
        let commit = String(cString: accord_build_commit())
        return commit.isEmpty ? nil : commit
    }

    /// `accord 0.3.0 (commit abc123def456)`, or `accord 0.3.0 (built without a commit)`.
    static var description: String {
        "accord \(number) (\(commit.map { "commit \($0)" } ?? "built without a commit: see scripts/install"))"
    }
}
