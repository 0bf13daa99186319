/// A value the merge of several replicas' records overwrote, or a change it could not apply:
/// kept, so that nothing is silently lost, until someone takes it back or dismisses it.
///
/// Every replica finds the same conflicts in the same order, since they come from the
/// same records replayed in the same order.
public struct Conflict: Hashable, Sendable {
    /// What happened to the losing change.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Another replica set the same field without having seen this value: the later clock won.
        case overwritten
        /// The change could not apply to the merged state (its item was deleted elsewhere,
        /// its id was created elsewhere too, …): it was left out whole.
        case refused
        /// Another replica deleted the item without having seen these values: taking it back
        /// makes the item again, as it was.
        case deleted
    }

    /// `<replica>:<seq>:<item>`: stable on every replica (see `shortID`).
    public var id: String
    public var kind: Kind
    /// The item it is about.
    public var itemID: String
    /// The journal keys whose value was lost (overwritten), or the change's fields (refused).
    public var fields: [String]
    /// The record whose value or change lost.
    public var lost: RecordRef
    /// When the losing record was written, and what it did: as a version 3 record says it
    /// (`lostWhat`), or an older one's sentence (`lostLabel`); `lostDescription` phrases it.
    public var lostAt: String
    public var lostLabel: String
    public var lostWhat: ChangeLabel?
    /// The record that won (overwritten), nil when refused.
    public var winner: RecordRef?
    /// Why, in words: "no action has the id 'a1'".
    public var reason: String
    /// The events that make the lost value current again (applied by `Store.take`).
    public var take: [Event]

    public init(id: String, kind: Kind, itemID: String, fields: [String], lost: RecordRef, lostAt: String,
                lostLabel: String, winner: RecordRef?, reason: String, take: [Event]) {
        self.id = id
        self.kind = kind
        self.itemID = itemID
        self.fields = fields
        self.lost = lost
        self.lostAt = lostAt
        self.lostLabel = lostLabel
        self.winner = winner
        self.reason = reason
        self.take = take
    }
}

extension Conflict {
    /// What the losing record did, in the current language ("Edited action 'X'").
    public var lostDescription: String { lostWhat?.phrased ?? lostLabel }

    /// Six characters derived from `id` alone (FNV-1a, in base 32 without look-alike letters):
    /// the same on every replica and in every run, and unchanged when other conflicts are
    /// taken or dismissed — what `accord conflicts take` and `dismiss` are given.
    public var shortID: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let alphabet = Array("23456789abcdefghjkmnpqrstuvwxyz")
        var text = ""
        for _ in 0..<6 {
            text.append(alphabet[Int(hash % UInt64(alphabet.count))])
            hash /= UInt64(alphabet.count)
        }
        return text
    }
}

/// Which record set one field of one item last, for telling concurrent sets apart.
public struct FieldWriter: Hashable, Sendable {
    public var itemID: String
    public var field: String
    public var writer: RecordRef

    public init(itemID: String, field: String, writer: RecordRef) {
        self.itemID = itemID
        self.field = field
        self.writer = writer
    }
}
