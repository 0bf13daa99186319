/// Checks a catalog of phrases (a type whose stored properties are `Phrase` and
/// `CountedPhrase`) for what a translator can get wrong: a French text left in English, an
/// empty text, a placeholder that one language has and the other lacks.
public enum PhraseAudit {
    /// One sentence per problem, naming the phrase ("overview.lastChanges: French is the English").
    public static func problems(in catalog: Any, named catalogName: String) -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: catalog).children where !(child.value is Phrase || child.value is CountedPhrase) {
            found.append("\(catalogName).\(child.label ?? "?"): neither a Phrase nor a CountedPhrase")
        }
        for (name, phrase) in phrases(in: catalog, named: catalogName) { found += problems(of: phrase, named: name) }
        return found
    }

    /// Every phrase of a catalog with its name (a counted phrase gives its two forms, `.one`
    /// and `.other`).
    public static func phrases(in catalog: Any, named catalogName: String) -> [(name: String, phrase: Phrase)] {
        Mirror(reflecting: catalog).children.flatMap { child -> [(name: String, phrase: Phrase)] in
            let name = "\(catalogName).\(child.label ?? "?")"
            switch child.value {
            case let phrase as Phrase: return [(name, phrase)]
            case let counted as CountedPhrase: return [(name + ".one", counted.one), (name + ".other", counted.other)]
            default: return []
            }
        }
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
