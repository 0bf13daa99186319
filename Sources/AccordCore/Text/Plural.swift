/// A count with its noun in the right number: "1 agreement", "5 agreements", "0 categories".
public enum Plural {
    /// `count` and `singular`, or `plural` (default: `singular` + "s", "-y" → "-ies") when not 1.
    public static func of(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? Plural.form(of: singular))"
    }

    /// The regular English plural of a noun: "agreement" → "agreements", "category" → "categories".
    public static func form(of singular: String) -> String {
        if singular.hasSuffix("y"), let before = singular.dropLast().last, !"aeiou".contains(before) {
            return singular.dropLast() + "ies"
        }
        return singular + "s"
    }
}
