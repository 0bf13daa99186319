/// What checking a record's signature found, where it was read (see `RecordSignature`).
public enum SignatureCheck: Hashable, Sendable {
    /// Not checked (this replica's own records, read back from its own journal).
    case notChecked
    /// No signature: written before signing, or by someone who could not sign.
    case unsigned
    /// Signed, and the signature checks with this key (one its replica's records introduced).
    case signed(by: PublicKey)
    /// Signed, but the signature checks with no key its replica is known to have.
    case failed

    /// Checks `record` read from the JSON `json`, against `candidates` (tried in order) and the key
    /// the record itself carries.
    public static func of(_ record: JournalRecord, json: UnsafeBufferPointer<UInt8>, candidates: [PublicKey]) -> SignatureCheck {
        guard let text = record.signature else { return .unsigned }
        guard let signature = RecordSignature.bytes(of: text), let message = RecordSignature.signedBytes(of: json) else { return .failed }
        var keys = candidates
        if let own = record.publicKey.flatMap(PublicKey.init(base64:)), !keys.contains(own) { keys.append(own) }
        return message.withUnsafeBufferPointer { message in
            for key in keys where Ed25519.verify(signature, of: message, by: key.bytes) { return .signed(by: key) }
            return .failed
        }
    }

    /// The check of a group of records (`RecordGroup`): its parts' when they agree, else failed.
    static func ofGroup(_ parts: [SignatureCheck]) -> SignatureCheck {
        guard let first = parts.first, parts.allSatisfy({ $0 == first }) else { return .failed }
        return first
    }
}
