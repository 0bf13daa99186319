/// One text a person reads, in every language Accord speaks. Both translations are required
/// by the initialiser, so a phrase without its French cannot compile.
///
/// Values go in by name: `{title}` in the text is replaced by the value given for "title".
/// Whole numbers are written the way the language writes them ("12 500" in French).
///
/// ```swift
/// let ticked = Phrase(en: "Ticked “{title}”", fr: "Coché « {title} »")
/// ticked(["title": action.title])
/// ```
public struct Phrase: Hashable, Sendable {
    public let english: String
    public let french: String
    /// The two are the same on purpose ("Accord", "Notes", "Navigation"); the catalog test
    /// lists every other phrase whose French equals its English.
    public let sameInBothLanguages: Bool

    public init(en: String, fr: String) {
        english = en
        french = fr
        sameInBothLanguages = false
    }

    /// A phrase written the same in both languages, on purpose.
    public init(both text: String) {
        english = text
        french = text
        sameInBothLanguages = true
    }

    /// The text in `language`, values not filled in.
    public func template(in language: Language) -> String { language == .fr ? french : english }

    /// The text in the current language.
    public var text: String { template(in: Language.current) }

    /// The text in the current language with its `{name}` placeholders filled in.
    public func callAsFunction(_ values: [String: any Sendable] = [:]) -> String {
        Self.fill(text, values, in: Language.current)
    }

    /// Replaces each `{name}` of `template` by its value; an unknown name is left as it is.
    static func fill(_ template: String, _ values: [String: any Sendable], in language: Language) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += LocalFormat.describe(value, in: language)
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The `{name}` placeholders of `template`, for the catalog test.
    public static func placeholders(of template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
