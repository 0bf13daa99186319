extension ItemID {
    /// A new, unused id made from a title: "Stage en entreprise" → `stage-en-entreprise`
    /// (then `-2`, `-3` … when taken); `fallback` when the title has no letter or digit.
    public static func unique(from title: String, fallback: String, in state: AccordState) -> String {
        let slug = slug(from: title, fallback: fallback)
        if state.kind(of: slug) == nil { return slug }
        var number = 2
        while state.kind(of: "\(slug)-\(number)") != nil { number += 1 }
        return "\(slug)-\(number)"
    }

    /// The id a title makes before any number is added: "Stage en entreprise" → `stage-en-entreprise`.
    public static func slug(from title: String, fallback: String) -> String {
        var slug = ""
        for scalar in TextFolding.fold(title).unicodeScalars {
            let isWordCharacter = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isWordCharacter {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
            if slug.utf8.count >= 40 { break }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? fallback : slug
    }
}
