/// What checking a record's signature found, where it was read (see `RecordSignature`).
public enum SignatureCheck: Hashable, Sendable {
    /// Not checked (this replica's own records, read back from its own journal).
    case notChecked
    /// No signature: written before signing, or by someone who could not sign.
    case unsigned
    /// Signed, and the signature checks with this key (one its replica's records introduced).
    case signed(by: PublicKey)
    /// Signed, but the signature checks with no key its replica was known to have where it
    /// was read: what was signed, to check again with a key met later (a new key introduced
    /// in a file read after this one). Empty when it cannot check with any key (malformed).
    case failed([SignedMessage])

    /// Checks `record` read from the JSON `json`, against `candidates` (tried in order) and the key
    /// the record itself carries.
    public static func of(_ record: JournalRecord, json: UnsafeBufferPointer<UInt8>, candidates: [PublicKey]) -> SignatureCheck {
        var fresh: [VerifiedSignatures.Digest] = []
        return of(record, json: json, candidates: candidates, remembered: [], fresh: &fresh)
    }

    /// Checks `record` as `of(_:json:candidates:)` does; a signature `remembered` holds is good
    /// without checking it again; one checked and found good is added to `fresh`.
    static func of(_ record: JournalRecord, json: UnsafeBufferPointer<UInt8>, candidates: [PublicKey],
                   remembered: Set<VerifiedSignatures.Digest>, fresh: inout [VerifiedSignatures.Digest]) -> SignatureCheck {
        guard let text = record.signature else { return .unsigned }
        guard let signature = RecordSignature.bytes(of: text), let message = RecordSignature.signedBytes(of: json) else { return .failed([]) }
        var keys = candidates
        if let own = record.publicKey.flatMap(PublicKey.init(base64:)), !keys.contains(own) { keys.append(own) }
        return message.withUnsafeBufferPointer { message in
            if !remembered.isEmpty {
                for key in keys where remembered.contains(VerifiedSignatures.Digest(key: key, signature: signature, message: message)) {
                    return .signed(by: key)
                }
            }
            for key in keys where Ed25519.verify(signature, of: message, by: key.bytes) {
                fresh.append(VerifiedSignatures.Digest(key: key, signature: signature, message: message))
                return .signed(by: key)
            }
            return .failed([SignedMessage(message: Array(message), signature: signature)])
        }
    }

    /// This check once `keys` are known too: a failed one whose every part checks with one
    /// of them is signed by it.
    func retried(with keys: [PublicKey]) -> SignatureCheck {
        guard case .failed(let messages) = self, !messages.isEmpty else { return self }
        for key in keys where messages.allSatisfy({ $0.checks(with: key) }) { return .signed(by: key) }
        return self
    }

    /// The check of a group of records (`RecordGroup`): its parts' when they agree, else failed
    /// (to be checked again when every part was signed).
    static func ofGroup(_ parts: [SignatureCheck]) -> SignatureCheck {
        guard let first = parts.first, parts.allSatisfy({ $0 == first }) else {
            var messages: [SignedMessage] = []
            for part in parts {
                guard case .failed(let some) = part, some.count == 1 else { return .failed([]) }
                messages += some
            }
            return .failed(messages)
        }
        return first
    }
}

/// What a record's signature was made over, and the signature: checked again with a key met later.
public struct SignedMessage: Hashable, Sendable {
    let message: [UInt8]
    let signature: [UInt8]

    func checks(with key: PublicKey) -> Bool {
        message.withUnsafeBufferPointer { Ed25519.verify(signature, of: $0, by: key.bytes) }
    }
}
