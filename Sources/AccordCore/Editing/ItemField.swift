/// A field a person can set on an item, in a form or with `accord add|edit --FIELD VALUE`.
public enum ItemField: String, CaseIterable, Hashable, Sendable {
    case id, name
    case shortName = "short-name"
    case kind, place, description, title, signatories, associates, signed, term, status, summary, source
    case agreement, category, owner, commitment, due, done, note
    case notice, renewal
    case repeats = "repeat"
    case links

    /// What the value holds, and so how it is parsed and edited.
    public enum ValueKind: Hashable, Sendable {
        /// One line of text.
        case text
        /// Several lines (notes, descriptions).
        case multiline
        /// A day as `DateInput` reads it (`2026-12-31`, `31/12/2026`, `+7d`, `demain` …); empty for none.
        case day
        /// A whole number of years, at least 1; empty for none.
        case years
        /// A whole number of months, 1 to 120; empty for none.
        case months
        /// A recurrence as `RecurrenceInput` reads it; empty for a one-off.
        case recurrence
        /// Links, one per line (or separated by ` | `), each `label <target>` or a bare target.
        case links
        /// One of a fixed list of values.
        case choice
        /// Partners by id or short name, separated by commas.
        case partners
        /// One partner by id or short name.
        case partner
        /// The id of an item of that kind.
        case reference(ItemKind)
    }

    /// True when the value may hold several lines.
    public var isMultiline: Bool { valueKind == .multiline || valueKind == .links }

    /// The command-line flag (`--short-name`).
    public var flag: String { "--" + rawValue }

    public var valueKind: ValueKind {
        switch self {
        case .description, .summary, .note: return .multiline
        case .signed, .due, .done: return .day
        case .term, .renewal: return .years
        case .notice: return .months
        case .repeats: return .recurrence
        case .links: return .links
        case .kind, .status, .category: return .choice
        case .signatories, .associates: return .partners
        case .owner: return .partner
        case .agreement: return .reference(.agreement)
        case .commitment: return .reference(.commitment)
        default: return .text
        }
    }

    /// Which way a date typed without its year (`31/12`, `friday`) is read: forward for a due
    /// date, back for the days something was done or signed.
    public var dateDirection: DateInput.Direction {
        self == .due ? .forward : .back
    }

    /// A field that cannot be left empty.
    public var isRequired: Bool {
        switch self {
        case .name, .title, .kind, .signatories, .status, .agreement, .category, .commitment: return true
        default: return false
        }
    }

    /// The fields of each kind of item, in form order (`id` only when creating).
    public static func fields(of kind: ItemKind) -> [ItemField] {
        switch kind {
        case .partner: return [.name, .shortName, .kind, .place, .description, .links]
        case .agreement: return [.title, .signatories, .associates, .signed, .term, .notice, .renewal, .status, .summary, .source, .links]
        case .commitment: return [.title, .agreement, .category, .owner, .due, .repeats, .description, .links]
        case .action: return [.title, .commitment, .due, .repeats, .done, .note, .links]
        case .category: return [.name]
        }
    }

    /// The free-text field `N` and `accord note` edit: an action's note, else its description or summary.
    public static func noteField(of kind: ItemKind) -> ItemField {
        switch kind {
        case .action: return .note
        case .agreement: return .summary
        case .partner, .commitment, .category: return kind == .category ? .name : .description
        }
    }

    /// The values a choice field takes, in order.
    public func choices(in state: AccordState) -> [String] {
        switch self {
        case .kind: return PartnerKind.allCases.map(\.rawValue)
        case .status: return AgreementStatus.allCases.map(\.rawValue)
        case .category: return state.sortedCategories.map(\.id)
        default: return []
        }
    }
}
