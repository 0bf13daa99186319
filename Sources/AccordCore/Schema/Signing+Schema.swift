// The journal form of what the records say of the replicas' keys: a part of the snapshot.

extension SetAsideRecord.Reason: JournalChoice {}

extension SetAsideRecord: SchemaModel {
    public static let schema = Schema<SetAsideRecord>(
        "a record set aside", blank: SetAsideRecord(ref: RecordRef(replica: "", seq: 0), reason: .badSignature), fields: [
            SchemaField("record", property: "ref", get: { $0.ref }, set: { $0.ref = $1 }),
            SchemaField("reason", get: { $0.reason }, set: { $0.reason = $1 }),
        ])
}

/// One key of one replica, as the snapshot keeps it.
struct KeyIntroduction: Hashable, Sendable, SchemaModel {
    var replica: String
    var key: String
    var from: Int

    static let schema = Schema<KeyIntroduction>("a replica's key", blank: KeyIntroduction(replica: "", key: "", from: 0), fields: [
        SchemaField("replica", get: { $0.replica }, set: { $0.replica = $1 }),
        SchemaField("key", get: { $0.key }, set: { $0.key = $1 }),
        SchemaField("from", get: { $0.from }, set: { $0.from = $1 }),
    ])
}

extension ReplicaKeys: SchemaModel {
    public static let schema = Schema<ReplicaKeys>("the replicas' keys", blank: ReplicaKeys(), fields: [
        SchemaField("keys", property: "chains", get: { $0.introductions }, set: { $0.introductions = $1 }),
        SchemaField("vouched", get: { keys in keys.vouched.sorted { $0.key < $1.key }.map { RecordRef(replica: $0.key, seq: $0.value) } },
                    set: { $0.vouched = Dictionary($1.map { ($0.replica, $0.seq) }, uniquingKeysWith: max) }),
        SchemaField("setAside", get: { $0.setAside }, set: { $0.setAside = $1 }),
        SchemaField("setAsideCount", get: { $0.setAsideCount }, set: { $0.setAsideCount = $1 }),
        SchemaField("numberedTwice", get: { keys in keys.numberedTwice.sorted { $0.key < $1.key }.map { RecordRef(replica: $0.key, seq: $0.value) } },
                    set: { $0.numberedTwice = Dictionary($1.map { ($0.replica, $0.seq) }, uniquingKeysWith: min) }),
    ])

    /// The chains as a list, by replica then order of introduction.
    var introductions: [KeyIntroduction] {
        get {
            chains.keys.sorted().flatMap { replica in
                chains[replica]!.map { KeyIntroduction(replica: replica, key: $0.key.base64, from: $0.from) }
            }
        }
        set {
            chains = [:]
            for row in newValue {
                guard let key = PublicKey(base64: row.key) else { continue }
                chains[row.replica, default: []].append(IntroducedKey(key: key, from: row.from))
            }
        }
    }
}
