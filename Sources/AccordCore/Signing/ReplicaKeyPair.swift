import Foundation

/// This replica's signing key pair: made on first use, its secret kept in `local/signing-key`
/// (mode 0600, in the folder that is never shared), and only the public key ever travels —
/// in the first record it signs (see `RecordSignature`, docs/TEAM.md "Signed records").
public struct ReplicaKeyPair: Sendable {
    /// The key others check this replica's records with.
    public let publicKey: PublicKey
    private let secretKey: [UInt8]

    /// The pair made from `seed` (32 bytes).
    public init(seed: [UInt8]) {
        let pair = Ed25519.keyPair(seed: seed)
        publicKey = PublicKey(bytes: pair.publicKey)!
        secretKey = pair.secretKey
    }

    /// The signature of `message`.
    public func sign(_ message: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        Ed25519.sign(message, secretKey: secretKey)
    }

    /// The first line of the key file; the second is the replica it belongs to, the third the seed.
    static let header = "accord signing key 1"

    /// The key pair of `replica` kept in `path`, made and written there (0600) when there is
    /// none, or when the file belongs to another replica (a `local/` copied from elsewhere made
    /// a new replica id: it signs with a new key too, the old file kept as `signing-key.copied`).
    /// A file that cannot be read as a key is an error that names it: it is never replaced.
    public static func resolve(replica: String, path: String, fileSystem: FileSystem) throws(FileSystemError) -> ReplicaKeyPair {
        if let bytes = try fileSystem.readFile(path) {
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
            guard lines.count == 3, lines[0] == header, let seed = Data(base64Encoded: lines[2]), seed.count == Ed25519.seedBytes else {
                throw FileSystemError(operation: "read", path: path, code: 0,
                                      reason: "it holds no signing key (remove it to make a new one: the team will see a new key)")
            }
            if lines[1] == replica { return ReplicaKeyPair(seed: Array(seed)) }
            try fileSystem.rename(path, to: path + ".copied")
        }
        let seed = Ed25519.randomSeed()
        try fileSystem.writeFile(path, Array("\(header)\n\(replica)\n\(Data(seed).base64EncodedString())\n".utf8))
        return ReplicaKeyPair(seed: seed)
    }
}
