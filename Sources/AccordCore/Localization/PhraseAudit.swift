/// Checks a catalog of phrases (a type whose stored properties are `Phrase` and
/// `CountedPhrase`) for what a translator can get wrong: a French text left in English, an
/// empty text, a placeholder that one language has and the other lacks.
public enum PhraseAudit {
    /// One sentence per problem, naming the phrase ("overview.lastChanges: French is the English").
    public static func problems(in catalog: Any, named catalogName: String) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: catalog).children {
            let name = "\(catalogName).\(child.label ?? "?")"
            switch child.value {
            case let phrase as Phrase: found += problems(of: phrase, named: name)
            case let counted as CountedPhrase:
                found += problems(of: counted.one, named: name + ".one") + problems(of: counted.other, named: name + ".other")
            default: found.append("\(name): neither a Phrase nor a CountedPhrase")
            }
        }
        return found
    }

    /// How many phrases the catalog holds (a counted phrase counts once).
    public static func count(in catalog: Any) -> Int { Mirror(reflecting: catalog).children.count }

    /// The problems of one phrase, named `name`.
    public static func problems(of phrase: Phrase, named name: String) -> [String] {
        var found: [String] = []
        if phrase.english.isEmpty { found.append("\(name): English is empty") }
        if phrase.french.isEmpty { found.append("\(name): French is empty") }
        if phrase.french == phrase.english && !phrase.sameInBothLanguages {
            found.append("\(name): French is the English (\"\(phrase.english)\"); translate it, or write Phrase(both:) when it is meant")
        }
        let english = Phrase.placeholders(of: phrase.english), french = Phrase.placeholders(of: phrase.french)
        if english != french {
            found.append("\(name): placeholders differ (English \(english.sorted()), French \(french.sorted()))")
        }
        return found
    }
}
