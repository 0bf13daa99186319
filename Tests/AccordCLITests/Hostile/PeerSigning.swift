@testable import AccordCore

/// Journal lines as another replica writes them: signed with a key made from the replica's
/// name (the same on every run), each carrying its key (only the first needs it).
enum PeerSigning {
    /// The key pair a test gives `replica`.
    static func keyPair(of replica: String) -> ReplicaKeyPair {
        ReplicaKeyPair(seed: Ed25519.digest(Array("test key of \(replica)".utf8)))
    }

    /// `record`'s line, signed as its replica.
    static func line(_ record: JournalRecord) -> [UInt8] {
        var record = record
        let key = keyPair(of: record.replica)
        record.publicKey = key.publicKey.base64
        return RecordSignature.signedLine(record, by: key)
    }

    /// The lines of `record`'s parts (one, or its group's), signed as its replica.
    static func lines(_ record: JournalRecord) -> [[UInt8]] { record.parts().map(line) }
}
