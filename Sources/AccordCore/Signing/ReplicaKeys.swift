/// What the records say of each replica's keys, and the records set aside for their signature:
/// decided from the records alone, each replica's in its numbers' order, so every replica
/// applies or sets aside exactly the same ones (docs/TEAM.md, "Signed records").
///
/// The rule, for a record of replica R:
/// - R has no key yet: a record signed by the key it carries introduces that key; an unsigned
///   one (written before signing) is applied when a signed record has seen it (its writer had
///   read it, R's own first signed record included), and waits otherwise;
/// - R has a key: the record must be signed by it (a record carrying another key, signed by
///   it, makes that key R's from the next record on); unsigned, or signed by anything else, it
///   is set aside — never applied, never deleted, named — and counts as missing, so that R's
///   own version of that number, when it comes, is applied.
public struct ReplicaKeys: Hashable, Sendable {
    /// Each replica's keys in the order its records introduced them.
    public internal(set) var chains: [String: [IntroducedKey]] = [:]
    /// For each replica, the newest of its records a signed record had seen: unsigned ones up to
    /// it were written before signing, and are applied.
    public internal(set) var vouched: [String: Int] = [:]
    /// The records set aside, oldest first (at most `setAsideLimit`; `setAsideCount` counts all).
    public internal(set) var setAside: [SetAsideRecord] = []
    public internal(set) var setAsideCount = 0
    public static let setAsideLimit = 1_000
    /// For each replica that signed two different records with one number, that number: its
    /// records from there on are held aside (see `noteNumberedTwice`).
    public internal(set) var numberedTwice: [String: Int] = [:]

    public init() {}

    /// What to do with a record, given where it was read.
    public enum Verdict: Hashable, Sendable {
        case apply
        /// Unsigned, and no signed record has seen it yet: it waits (read again later).
        case wait
        case setAside(SetAsideRecord.Reason)
    }

    /// The key `replica` signs with now; nil before its first signed record.
    public func current(of replica: String) -> PublicKey? { chains[replica]?.last?.key }

    /// Every key `replica`'s records introduced, the current first: what a signature is checked against.
    public func candidates(of replica: String) -> [PublicKey] { (chains[replica] ?? []).reversed().map(\.key) }

    /// Decides `record` (read with `check`, checked again when it failed with the keys known
    /// then), the records of its replica before it applied;
    /// `vouchedAhead` is what signed records read with it vouch for (`vouching`). Applying it
    /// notes the key it introduces and what it vouches for.
    public mutating func admit(_ record: JournalRecord, check: SignatureCheck, vouchedAhead: [String: Int] = [:]) -> Verdict {
        let verdict = decide(record, check: check, vouchedAhead: vouchedAhead)
        switch verdict {
        case .apply: noteApplied(record, check: check)
        case .setAside(let reason): noteSetAside(record, reason)
        case .wait: break
        }
        return verdict
    }

    private func decide(_ record: JournalRecord, check: SignatureCheck, vouchedAhead: [String: Int]) -> Verdict {
        let replica = record.replica
        let carried = record.publicKey.flatMap(PublicKey.init(base64:))
        // A key met after the record was read (a file read later introduced it): checked again.
        let check = check.retried(with: candidates(of: replica) + (carried.map { [$0] } ?? []))
        switch (check, current(of: replica)) {
        case (.notChecked, _):
            return .apply
        case (.failed, _):
            return .setAside(.badSignature)
        case (.unsigned, nil):
            let vouch = max(vouched[replica] ?? 0, vouchedAhead[replica] ?? 0)
            return record.seq <= vouch ? .apply : .wait
        case (.unsigned, _?):
            return .setAside(.unsignedAfterSigned)
        case (.signed(let key), nil):
            return key == carried ? .apply : .setAside(.notItsKey)
        case (.signed(let key), let current?):
            return key == current ? .apply : .setAside(.notItsKey)
        }
    }

    /// Notes what an applied record says: the key it introduces, what it vouches for.
    mutating func noteApplied(_ record: JournalRecord, check: SignatureCheck) {
        let replica = record.replica
        if let carried = record.publicKey.flatMap(PublicKey.init(base64:)), carried != current(of: replica) {
            // The first key signs its own record; a new one signs from the next record on.
            let from = current(of: replica) == nil ? record.firstSeq : record.seq + 1
            chains[replica, default: []].append(IntroducedKey(key: carried, from: from))
        }
        guard check != .unsigned else { return }
        vouched[replica] = max(vouched[replica] ?? 0, record.seq)
        for ref in record.seen { vouched[ref.replica] = max(vouched[ref.replica] ?? 0, ref.seq) }
    }

    /// The key that signed `record` (read with `check`) when it would be applied now (its
    /// replica's records before it applied); nil otherwise. Two different records one key
    /// would apply with one number are an equivocation; two first records claiming the
    /// replica with two keys are not (a forger can always make one): the preferred is applied.
    public func admittingSigner(_ record: JournalRecord, check: SignatureCheck) -> PublicKey? {
        let carried = record.publicKey.flatMap(PublicKey.init(base64:))
        guard case .signed(let key) = check.retried(with: candidates(of: record.replica) + (carried.map { [$0] } ?? [])),
              decide(record, check: check, vouchedAhead: [:]) == .apply else { return nil }
        return key
    }

    /// Notes that `replica` signed two different records numbered `seq`: every replica holds
    /// aside its records from the first such number on, whatever order it read them in.
    public mutating func noteNumberedTwice(_ replica: String, at seq: Int) {
        numberedTwice[replica] = min(numberedTwice[replica] ?? .max, seq)
    }

    /// Notes a record set aside for `reason`.
    mutating func noteSetAside(_ record: JournalRecord, _ reason: SetAsideRecord.Reason) {
        noteSetAside(SetAsideRecord(ref: RecordRef(replica: record.replica, seq: record.firstSeq), reason: reason))
    }

    /// The key `replica`'s record `seq` is signed with, as far as its records say.
    public func key(of replica: String, at seq: Int) -> PublicKey? {
        chains[replica]?.last { $0.from <= seq }?.key
    }

    /// Judges another copy of a record of `record`'s replica and number, one applied already
    /// (read from another file, or after it): the reason it is set aside (and noted) when it
    /// does not check with the key of that number; nil when it does, or cannot be judged.
    public mutating func judgeCopy(_ record: JournalRecord, check: SignatureCheck) -> SetAsideRecord.Reason? {
        let known = key(of: record.replica, at: record.firstSeq)
        let check = check.retried(with: candidates(of: record.replica))
        let reason: SetAsideRecord.Reason?
        switch check {
        case .notChecked: reason = nil
        case .failed: reason = .badSignature
        case .unsigned: reason = known == nil ? nil : .unsignedAfterSigned
        case .signed(let key): reason = known == nil || known == key ? nil : .notItsKey
        }
        if let reason { noteSetAside(record, reason) }
        return reason
    }

    private mutating func noteSetAside(_ record: SetAsideRecord) {
        guard !setAside.contains(record) else { return }
        setAsideCount += 1
        if setAside.count < Self.setAsideLimit { setAside.append(record) }
    }

    /// What the signed records among `records` vouch for (their replica's earlier numbers and
    /// what they had seen): unsigned records read in the same pass are decided with it.
    public static func vouching(_ records: [(JournalRecord, SignatureCheck)]) -> [String: Int] {
        var vouched: [String: Int] = [:]
        for (record, check) in records {
            guard case .signed = check else { continue }
            vouched[record.replica] = max(vouched[record.replica] ?? 0, record.firstSeq - 1)
            for ref in record.seen { vouched[ref.replica] = max(vouched[ref.replica] ?? 0, ref.seq) }
        }
        return vouched
    }

    /// Restores what a snapshot kept.
    public init(chains: [String: [IntroducedKey]], vouched: [String: Int], setAside: [SetAsideRecord], setAsideCount: Int) {
        self.chains = chains
        self.vouched = vouched
        self.setAside = setAside
        self.setAsideCount = max(setAsideCount, setAside.count)
    }
}

/// A key a replica's records introduced, and the first of its records it signs.
public struct IntroducedKey: Hashable, Sendable {
    public var key: PublicKey
    public var from: Int

    public init(key: PublicKey, from: Int) {
        self.key = key
        self.from = from
    }
}

/// A record set aside for its signature: never applied, never deleted (it stays in its file), named.
public struct SetAsideRecord: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        /// Signed, but the signature checks with none of its replica's keys.
        case badSignature
        /// Signed with a key that is not its replica's (a key its replica never introduced).
        case notItsKey
        /// Not signed, numbered after its replica's first signed record.
        case unsignedAfterSigned
        /// One of two different records its replica signed with the same number (a restored
        /// backup, a copy of its key elsewhere): neither is applied.
        case numberedTwice
        /// Numbered after a record its replica wrote twice: held aside with it.
        case afterNumberedTwice
    }

    public var ref: RecordRef
    public var reason: Reason

    public init(ref: RecordRef, reason: Reason) {
        self.ref = ref
        self.reason = reason
    }
}

extension SetAsideRecord.Reason {
    /// Why, in a few words, in the reader's language.
    public var text: String {
        switch self {
        case .badSignature: return Phrases.journal.setAsideBadSignature.text
        case .notItsKey: return Phrases.journal.setAsideNotItsKey.text
        case .unsignedAfterSigned: return Phrases.journal.setAsideUnsigned.text
        case .numberedTwice: return Phrases.journal.setAsideNumberedTwice.text
        case .afterNumberedTwice: return Phrases.journal.setAsideAfterNumberedTwice.text
        }
    }
}
