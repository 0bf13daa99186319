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
        walk(template, text: { result += $0 }, placeholder: { name, whole in
            result += values[String(name)].map { LocalFormat.describe($0, in: language) } ?? String(whole)
        })
        return result
    }

    /// The `{name}` placeholders of `template`, for the catalog test.
    public static func placeholders(of template: String) -> Set<String> {
        var names = Set<String>()
        walk(template, text: { _ in }, placeholder: { name, _ in names.insert(String(name)) })
        return names
    }

    /// Goes through `template` in order: the text between placeholders, and each placeholder's
    /// name with the whole `{name}`.
    private static func walk(_ template: String, text: (Substring) -> Void, placeholder: (Substring, Substring) -> Void) {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text(rest[..<open])
            placeholder(rest[rest.index(after: open)..<close], rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        text(rest)
    }
}
