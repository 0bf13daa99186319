import CSodium

/// Ed25519 signatures and BLAKE2b digests, by Debian's libsodium: what signs and checks
/// journal records (see `RecordSignature`).
public enum Ed25519 {
    /// Bytes of a public key, a signature and a seed.
    public static let publicKeyBytes = 32, signatureBytes = 64, seedBytes = 32

    /// libsodium made ready once (it picks its implementations and its random source).
    private static let ready: Bool = sodium_init() >= 0

    /// A new random seed (the secret a key pair is made from).
    public static func randomSeed() -> [UInt8] {
        precondition(ready, "libsodium could not start")
        var seed = [UInt8](repeating: 0, count: seedBytes)
        randombytes_buf(&seed, seedBytes)
        return seed
    }

    /// The key pair made from `seed`: the public key and the 64-byte secret key.
    public static func keyPair(seed: [UInt8]) -> (publicKey: [UInt8], secretKey: [UInt8]) {
        precondition(ready && seed.count == seedBytes)
        var publicKey = [UInt8](repeating: 0, count: publicKeyBytes)
        var secretKey = [UInt8](repeating: 0, count: 64)
        _ = crypto_sign_seed_keypair(&publicKey, &secretKey, seed)
        return (publicKey, secretKey)
    }

    /// The signature of `message` by `secretKey`.
    public static func sign(_ message: UnsafeBufferPointer<UInt8>, secretKey: [UInt8]) -> [UInt8] {
        precondition(ready)
        var signature = [UInt8](repeating: 0, count: signatureBytes)
        _ = crypto_sign_detached(&signature, nil, message.baseAddress, UInt64(message.count), secretKey)
        return signature
    }

    /// True when `signature` is `publicKey`'s signature of `message`.
    public static func verify(_ signature: [UInt8], of message: UnsafeBufferPointer<UInt8>, by publicKey: [UInt8]) -> Bool {
        precondition(ready)
        guard signature.count == signatureBytes, publicKey.count == publicKeyBytes else { return false }
        return crypto_sign_verify_detached(signature, message.baseAddress, UInt64(message.count), publicKey) == 0
    }

    /// The BLAKE2b digest of `bytes`, `length` bytes long (16 to 64).
    public static func digest(_ bytes: [UInt8], length: Int = 32) -> [UInt8] {
        precondition(ready)
        var out = [UInt8](repeating: 0, count: length)
        _ = crypto_generichash(&out, length, bytes, UInt64(bytes.count), nil, 0)
        return out
    }
}
