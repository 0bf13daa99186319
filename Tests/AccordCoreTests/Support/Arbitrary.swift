import Foundation
@testable import AccordCore

/// Random values for property tests: every field a schema lists is filled through its
/// `valueType`, so a field added to a schema is filled too (or the test fails naming its type).
protocol Arbitrary {
    static func arbitrary(_ random: inout SplitMix64) -> Self
}

enum ArbitraryValues {
    /// Letters, accents, CJK, emoji, quotes, escapes and control characters.
    static let alphabet: [Character] = Array("aéÉ€🎓\"\\/\t'<>&東:#-{}[],") + ["\n", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "x", "y", " "]

    /// A random value of `type`; nil when no generator exists for it.
    static func value(of type: any JournalValue.Type, _ random: inout SplitMix64) -> (any JournalValue)? {
        guard let arbitrary = type as? any Arbitrary.Type else { return nil }
        return arbitrary.arbitrary(&random) as? any JournalValue
    }

    /// `model` with every field set to a random value (those in `keeping` left as they are).
    static func fill<Model>(_ model: Model, _ schema: Schema<Model>, keeping: Set<String> = [],
                            _ random: inout SplitMix64) -> Model {
        var model = model
        for field in schema.fields where !keeping.contains(field.key) {
            guard let value = value(of: field.valueType, &random) else {
                fatalError("no generator for \(field.valueType) (field '\(field.key)' of \(schema.name)): add one in Arbitrary.swift")
            }
            precondition(field.setValue(&model, value), "\(schema.name).\(field.key) refused a \(field.valueType)")
        }
        return model
    }
}

extension String: Arbitrary {
    /// Never empty or blank: starts with a letter (titles and names must not be blank).
    static func arbitrary(_ random: inout SplitMix64) -> String {
        "T" + String((0..<Int.random(in: 0...14, using: &random)).map { _ in ArbitraryValues.alphabet.randomElement(using: &random)! })
    }
}

extension Int: Arbitrary {
    static func arbitrary(_ random: inout SplitMix64) -> Int { Int.random(in: 1...100, using: &random) }
}

extension Bool: Arbitrary {
    static func arbitrary(_ random: inout SplitMix64) -> Bool { true }
}

extension Day: Arbitrary {
    static func arbitrary(_ random: inout SplitMix64) -> Day {
        Day(year: Int.random(in: 1900...2100, using: &random), month: Int.random(in: 1...12, using: &random),
            day: Int.random(in: 1...28, using: &random))!
    }
}

extension Optional: Arbitrary where Wrapped: Arbitrary {
    /// Always a value: the default (nil) would not show that the field round-trips.
    static func arbitrary(_ random: inout SplitMix64) -> Wrapped? { Wrapped.arbitrary(&random) }
}

extension Array: Arbitrary where Element: Arbitrary {
    static func arbitrary(_ random: inout SplitMix64) -> [Element] {
        (0..<Int.random(in: 1...3, using: &random)).map { _ in Element.arbitrary(&random) }
    }
}

extension Arbitrary where Self: CaseIterable {
    /// Any case but the first (often the default).
    static func arbitrary(_ random: inout SplitMix64) -> Self {
        let cases = Array(allCases)
        return cases.count > 1 ? cases[Int.random(in: 1..<cases.count, using: &random)] : cases[0]
    }
}

extension PartnerKind: Arbitrary {}
extension AgreementStatus: Arbitrary {}
extension RecordKind: Arbitrary {}
extension Event.Kind: Arbitrary {}

extension Arbitrary where Self: SchemaModel {
    static func arbitrary(_ random: inout SplitMix64) -> Self {
        ArbitraryValues.fill(schema.blank, schema, &random)
    }
}

extension Partner: Arbitrary {}
extension Agreement: Arbitrary {}
extension Commitment: Arbitrary {}
extension Action: Arbitrary {}
extension AccordCore.Category: Arbitrary {}
extension ItemLink: Arbitrary {}

extension Recurrence: Arbitrary {
    static func arbitrary(_ random: inout SplitMix64) -> Recurrence {
        let start = Day.arbitrary(&random)
        let until = Bool.random(using: &random) ? start.adding(days: Int.random(in: 0...3000, using: &random)) : nil
        return Recurrence(every: Int.random(in: 1...24, using: &random), unit: Recurrence.Unit.allCases.randomElement(using: &random)!,
                          start: start, until: until)!
    }
}
extension Change: Arbitrary {}
extension RecentChange: Arbitrary {}
extension JournalRecord: Arbitrary {
    /// Every field random, the key and signature well formed (a record holding other text there
    /// is out of bounds: see `RecordBounds`).
    static func arbitrary(_ random: inout SplitMix64) -> JournalRecord {
        var record = ArbitraryValues.fill(schema.blank, schema, &random)
        let seed = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
        record.publicKey = ReplicaKeyPair(seed: seed).publicKey.base64
        record.signature = Data((0..<64).map { _ in UInt8.random(in: 0...255, using: &random) }).base64EncodedString()
        return record
    }
}
extension Snapshot: Arbitrary {}
extension RecordRef: Arbitrary {}
extension RecordGroup: Arbitrary {}
extension RecordKey: Arbitrary {}
extension FilePosition: Arbitrary {}
extension FieldWriter: Arbitrary {}
extension Conflict: Arbitrary {}
extension Conflict.Kind: Arbitrary {}
extension ChangeLabel: Arbitrary {}
extension ReplicaClock: Arbitrary {}
extension ChangeLabel.Verb: Arbitrary {}
extension ItemKind: Arbitrary {}
extension ReplicaKeys: Arbitrary {}
extension SetAsideRecord: Arbitrary {}
extension SetAsideRecord.Reason: Arbitrary {}

extension KeyIntroduction: Arbitrary {
    /// A real key (one a seed makes): a text that is not one is never kept.
    static func arbitrary(_ random: inout SplitMix64) -> KeyIntroduction {
        let seed = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
        return KeyIntroduction(replica: "r" + String(Int.random(in: 1...9, using: &random)),
                               key: ReplicaKeyPair(seed: seed).publicKey.base64, from: Int.random(in: 1...100, using: &random))
    }
}

extension Event: Arbitrary {
    /// An event of a random type carrying random values.
    static func arbitrary(_ random: inout SplitMix64) -> Event {
        arbitrary(Event.Kind.allCases.randomElement(using: &random)!, &random)
    }

    /// An event of type `kind` carrying random values.
    static func arbitrary(_ kind: Event.Kind, _ random: inout SplitMix64) -> Event {
        var payload = EventPayload.arbitrary(&random)
        payload.kind = kind
        // An update names fields of its item (or none: the whole item).
        let keys: [String]
        switch kind {
        case .partnerUpdated: keys = Partner.schema.fields.map(\.key)
        case .agreementUpdated: keys = Agreement.schema.fields.map(\.key)
        case .commitmentUpdated: keys = Commitment.schema.fields.map(\.key)
        case .actionUpdated: keys = Action.schema.fields.map(\.key)
        default: keys = []
        }
        payload.fields = Bool.random(using: &random) ? nil : keys.filter { _ in Bool.random(using: &random) }
        return Event(payload)!
    }
}

extension EventPayload: Arbitrary {}

extension AccordState: Arbitrary {
    /// A state of a few random items of each kind (ids made unique; references are not kept consistent).
    static func arbitrary(_ random: inout SplitMix64) -> AccordState {
        func items<Item: Arbitrary>(_ prefix: String, _ setID: (inout Item, String) -> Void) -> [Item] {
            (0..<Int.random(in: 0...3, using: &random)).map { index in
                var item = Item.arbitrary(&random)
                setID(&item, "\(prefix)\(index)")
                return item
            }
        }
        return AccordState(categories: items("k", { $0.id = $1 }), partners: items("p", { $0.id = $1 }),
                           agreements: items("a", { $0.id = $1 }), commitments: items("c", { $0.id = $1 }),
                           actions: items("x", { $0.id = $1 }), nextRank: Int.random(in: 0...1000, using: &random))
    }
}

extension Boxed: Arbitrary where Value: Arbitrary {
    static func arbitrary(_ random: inout SplitMix64) -> Boxed<Value> { .value(Value.arbitrary(&random)) }
}
