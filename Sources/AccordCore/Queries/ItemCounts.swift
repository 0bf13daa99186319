/// How many items of each kind, in words: "5 agreements, 27 commitments and 56 actions".
public struct ItemCounts: Hashable, Sendable, CustomStringConvertible {
    public private(set) var counts: [ItemKind: Int] = [:]

    public init() {}

    /// The items a change deletes (what undoing an import or redoing a deletion removes).
    public init(removedBy change: Change) {
        for event in change.events {
            switch event {
            case .categoryDeleted: counts[.category, default: 0] += 1
            case .partnerDeleted: counts[.partner, default: 0] += 1
            case .agreementDeleted: counts[.agreement, default: 0] += 1
            case .commitmentDeleted: counts[.commitment, default: 0] += 1
            case .actionDeleted: counts[.action, default: 0] += 1
            default: break
            }
        }
    }

    /// The items a change creates (what an import adds).
    public init(addedBy change: Change) {
        for event in change.events {
            switch event {
            case .categoryCreated: counts[.category, default: 0] += 1
            case .partnerCreated: counts[.partner, default: 0] += 1
            case .agreementCreated: counts[.agreement, default: 0] += 1
            case .commitmentCreated: counts[.commitment, default: 0] += 1
            case .actionCreated: counts[.action, default: 0] += 1
            default: break
            }
        }
    }

    public var total: Int { counts.values.reduce(0, +) }

    /// The counts as a record keeps them, without words: "agreement=5 action=56".
    public var encoded: String {
        ItemKind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue)=\($0)" } }.joined(separator: " ")
    }

    /// Counts read back from `encoded` (what it does not understand is left out).
    public init(encoded: String) {
        for pair in encoded.split(separator: " ") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let kind = ItemKind(rawValue: String(parts[0])), let count = Int(parts[1]), count >= 0 else { continue }
            counts[kind] = count
        }
    }

    /// "5 agreements, 27 commitments and 56 actions"; "nothing" when empty. Largest kinds of
    /// item first: agreements, partners, commitments, actions, categories.
    public var description: String {
        let order: [ItemKind] = [.agreement, .partner, .commitment, .action, .category]
        let parts = order.compactMap { kind -> String? in
            guard let count = counts[kind], count > 0 else { return nil }
            return "\(LocalFormat.number(count)) \(kind.localizedNoun(count: count))"
        }
        switch parts.count {
        case 0: return Phrases.core.nothing.text
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " \(Phrases.core.and.text) " + parts.last!
        }
    }
}

extension ItemKind {
    /// "action" or "actions", "category" or "categories".
    public func noun(count: Int) -> String {
        count == 1 ? rawValue : Plural.form(of: rawValue)
    }
}
