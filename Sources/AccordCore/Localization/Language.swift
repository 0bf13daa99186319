import Foundation

/// A language Accord speaks. Every text a person reads comes from a `Phrase` in both.
///
/// The language in effect is `Language.current`, a task-local value: the command line sets it
/// once around a command, the dashboard around each update and frame, a test around its body.
public enum Language: String, CaseIterable, Hashable, Sendable {
    case en, fr

    /// The language in effect for the running task (English unless set).
    @TaskLocal public static var current: Language = .en

    /// The locale numbers (and French dates) are formatted with. Explicit, because
    /// `Locale.current` on Linux ignores `LANG`.
    public var locale: Locale { Locale(identifier: self == .fr ? "fr_FR" : "en_GB") }

    /// The language named by a `--lang` or `language:` value: "fr", "en", "français",
    /// "fr_FR.UTF-8"; nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased().trimmingCharacters(in: .whitespaces)
        switch lowered {
        case "en", "english", "anglais": self = .en
        case "fr", "french", "français", "francais": self = .fr
        default:
            guard let fromLocale = Language(localeName: lowered) else { return nil }
            self = fromLocale
        }
    }

    /// The language of a POSIX locale name (`LANG` and friends): `fr_FR.UTF-8`, `fr` → French;
    /// `C`, `POSIX`, `en_US.UTF-8` → English; nil for a language Accord does not speak (`de_DE`)
    /// or an empty value, so the next variable is asked.
    public init?(localeName: String) {
        let base = localeName.split(separator: ".").first.map(String.init) ?? ""
        let language = (base.split(separator: "@").first.map(String.init) ?? "")
            .split(whereSeparator: { $0 == "_" || $0 == "-" }).first.map { $0.lowercased() } ?? ""
        switch language {
        case "c", "posix", "en": self = .en
        case "fr": self = .fr
        default: return nil
        }
    }

    /// The other language (the dashboard's `L` key cycles through them).
    public var next: Language {
        let all = Language.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
