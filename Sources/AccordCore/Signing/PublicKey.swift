import Foundation

/// A replica's Ed25519 public key, as its records carry it (`"key"`, base64).
public struct PublicKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// The key of `bytes`; nil unless 32 bytes.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Ed25519.publicKeyBytes else { return nil }
        self.bytes = bytes
    }

    /// The key written as `text` (standard base64 of 32 bytes, 44 characters); nil otherwise.
    public init?(base64 text: String) {
        guard text.utf8.count == 44, let data = Data(base64Encoded: text) else { return nil }
        self.init(bytes: Array(data))
    }

    /// Standard base64, as records carry it.
    public var base64: String { Data(bytes).base64EncodedString() }

    /// 80 bits of the key's BLAKE2b digest in five groups of four hex digits (`3f9a 0c2e 71b4
    /// 5d6e 9a01`): short enough to read out by phone, long enough that no one can make a key
    /// with the same fingerprint.
    public var fingerprint: String {
        let digest = Ed25519.digest(bytes, length: 16).prefix(10)
        let hex = digest.map { String($0, radix: 16).leftPadded(2) }.joined()
        return stride(from: 0, to: 20, by: 4).map { offset in
            String(hex.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
    }

    public var description: String { fingerprint }

    public static func < (a: PublicKey, b: PublicKey) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
