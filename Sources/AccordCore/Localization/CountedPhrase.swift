/// A phrase about a count, with its singular and plural in each language: `{n}` is the count.
///
/// English says "1 action", "0 actions"; French treats 0 and 1 alike: "0 action", "1 action",
/// "2 actions".
///
/// ```swift
/// let late = CountedPhrase(en: ("{n} late action", "{n} late actions"),
///                          fr: ("{n} action en retard", "{n} actions en retard"))
/// late(3)
/// ```
public struct CountedPhrase: Hashable, Sendable {
    public let one: Phrase
    public let other: Phrase

    public init(en: (one: String, other: String), fr: (one: String, other: String)) {
        one = Phrase(en: en.one, fr: fr.one)
        other = Phrase(en: en.other, fr: fr.other)
    }

    /// A counted phrase whose words are the same in both languages on purpose ("{n} action");
    /// the count still follows each language's rule ("0 actions", "0 action").
    public init(both forms: (one: String, other: String)) {
        one = Phrase(both: forms.one)
        other = Phrase(both: forms.other)
    }

    /// Which form a count takes in `language`: French treats 0 and 1 as singular.
    public static func isSingular(_ count: Int, in language: Language) -> Bool {
        language == .fr ? (count == 0 || count == 1) : count == 1
    }

    /// The text for `count` in the current language, with other placeholders filled from `values`.
    public func callAsFunction(_ count: Int, _ values: [String: any Sendable] = [:]) -> String {
        let language = Language.current
        let form = Self.isSingular(count, in: language) ? one : other
        var all = values
        all["n"] = count
        return Phrase.fill(form.template(in: language), all, in: language)
    }
}
