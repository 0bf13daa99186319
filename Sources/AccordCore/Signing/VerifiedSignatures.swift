/// The signatures this replica has checked and found good, remembered so that none is checked
/// twice (a whole replay, after an older record arrived, reads every record again): each is
/// known by a 128-bit BLAKE2b digest of the key, the signature and the bytes signed. The cache
/// keeps them (table `verified`); `journal verify` does not use them — it checks everything.
public struct VerifiedSignatures: Sendable {
    /// One checked signature: what it was made by, over what.
    public struct Digest: Hashable, Sendable {
        let high: UInt64, low: UInt64

        /// The digest of `signature`, by `key`, over `message`.
        init(key: PublicKey, signature: [UInt8], message: UnsafeBufferPointer<UInt8>) {
            var input = key.bytes + signature
            input.append(contentsOf: message)
            self.init(bytes: Ed25519.digest(input, length: 16))!
        }

        /// The digest kept as `bytes` (16); nil otherwise.
        init?(bytes: [UInt8]) {
            guard bytes.count == 16 else { return nil }
            high = bytes[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
            low = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
        }

        /// Its 16 bytes, as the cache keeps them.
        var bytes: [UInt8] {
            (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) } + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
        }
    }

    /// Those known (read from the cache, or checked in this process).
    public private(set) var known: Set<Digest> = []
    /// Those checked since the cache last took them.
    public private(set) var fresh: [Digest] = []
    /// False until the cache's were read (`load`): only a whole replay needs them.
    public private(set) var isLoaded = false
    /// How many signatures were checked (found good) in this process, not taken from memory.
    public private(set) var checkedCount = 0

    public init() {}

    /// Takes the digests the cache kept.
    mutating func load(_ digests: [Digest]) {
        known.formUnion(digests)
        isLoaded = true
    }

    /// Notes signatures just checked and found good.
    mutating func add(_ digests: [Digest]) {
        checkedCount += digests.count
        for digest in digests where known.insert(digest).inserted { fresh.append(digest) }
    }

    /// The fresh ones, handed to the cache (which keeps them from now on).
    mutating func takeFresh() -> [Digest] {
        defer { fresh = [] }
        return fresh
    }
}
