import AccordCore

/// The key tables as the documentation shows them, made from the tables that drive the keys
/// (`Bindings`): the README's table of the panes and docs/KEYS.md. A test rewrites nothing and
/// fails when a document differs from what this makes.
public enum KeyDocs {
    /// The Markdown table of `table`'s keys, in the current language.
    public static func table(_ table: any HintsAndHelp) -> String {
        var lines = [Phrases.dialog.keysHeader.text, "|---|---|"]
        for row in table.documentedRows {
            lines.append("| \(cell(row.keys)) | \(cell(row.description)) |")
        }
        return lines.joined(separator: "\n")
    }

    /// docs/KEYS.md: every mode's table, in English then in French.
    public static var keysDocument: String {
        var parts = ["# Keys", "", "Made from the key tables that drive the dashboard (`Sources/AccordTUI/Input/Bindings.swift`);",
                     "`swift test --filter KeyDocsTests` fails when this file differs from them and says how to write it again.", ""]
        for language in [Language.en, .fr] {
            Language.$current.withValue(language) {
                parts.append(language == .en ? "## In English" : "## En français")
                parts.append("")
                for (title, bindings) in modes {
                    parts += ["### " + title.text, "", table(bindings), ""]
                }
            }
        }
        return parts.joined(separator: "\n")
    }

    /// Each mode's table, with its title.
    static var modes: [(Phrase, any HintsAndHelp)] {
        [(Phrase(en: "The panes", fr: "Les panneaux"), Bindings.panes),
         (Phrase(en: "The overview (o)", fr: "La vue d'ensemble (o)"), Bindings.overview),
         (Phrase(en: "The details of an item (Enter)", fr: "Les détails d'un élément (Entrée)"), Bindings.details),
         (Phrase(en: "The search line (/)", fr: "La ligne de recherche (/)"), Bindings.searchLine),
         (Phrase(en: "A form (a, A, e, N)", fr: "Un formulaire (a, A, e, N)"), Bindings.form),
         (Phrase(en: "A confirmation", fr: "Une confirmation"), Bindings.confirm),
         (Phrase(en: "The help (?)", fr: "L'aide (?)"), Bindings.help)]
    }

    /// `text` in a table cell: a `|` would end it.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
