import Foundation
import Testing
@testable import AccordCore

/// The reports a French review board reads: headings, labels, dates, statuses and category
/// names in French in Markdown, HTML and CSV.
@Suite struct FrenchReportTests {
    let today = Fixtures.day  // 2026-03-14

    private func french(_ body: (Report) -> String) throws -> String {
        try Language.$current.withValue(.fr) { body(try Report(Fixtures.small, today: today)) }
    }

    @Test func markdown() throws {
        let text = try french(ReportMarkdown.render)
        #expect(text.hasPrefix("# Conventions de partenariat — bilan au 14 mars 2026\n\n1 convention, 1 action faite sur 2 (50 %).\n"))
        #expect(text.contains("- **Signataires :** Université d'Exemple, Cluster Test\n"))
        #expect(text.contains("- **Signée le :** 10 janv. 2024 · **Fin :** 10 janv. 2027 · **Statut :** en cours\n"))
        #expect(text.contains("- **Avancement :** 1/2 actions faites (50 %)\n"))
        #expect(text.contains("| Catégorie | Faites | Total | Avancement |\n"))
        #expect(text.contains("| Stages | 1 | 2 |"))
        #expect(text.contains("| | Action | Échéance | Faite le | Note |\n"))
        #expect(text.contains("| ☑ | Suivre les stagiaires |  | 1 févr. 2025 |  |"), "\(text)")
        for english in ["Signatories", "Progress", "review of", "actions done", "Category", "Internships", "active"] {
            #expect(!text.contains(english), "left in English: \(english)")
        }
    }

    @Test func html() throws {
        let text = try french(ReportHTML.render)
        #expect(text.contains("<html lang=\"fr\">"))
        #expect(text.contains("<title>Conventions de partenariat — bilan au 14 mars 2026</title>"))
        #expect(text.contains("<h1>Conventions de partenariat</h1>"))
        #expect(text.contains("Bilan au 14 mars 2026 · 1 convention · 1 action faite sur 2 (50 %)"))
        #expect(text.contains("<dt>Signée le</dt><dd>10 janv. 2024</dd>"))
        #expect(text.contains("<h3>Avancement par catégorie</h3>"))
        #expect(text.contains("<th>Échéance</th><th>Faite le</th>"))
        #expect(!text.contains("Signatories") && !text.contains("Progress per"))
    }

    @Test func csvHasFrenchColumnsAndKeepsISODates() throws {
        let text = try Language.$current.withValue(.fr) {
            ReportCSV.render(try Report(Fixtures.small, today: today), separator: ";", byteOrderMark: true)
        }
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == "id_convention;convention;statut;signée;fin;catégorie;id_engagement;engagement;pilote;id_action;action;état;échéance;faite;note")
        #expect(lines[0].split(separator: ";").count == ReportCSV.header.count)
        #expect(lines.contains { $0.contains(";en cours;2024-01-10;2027-01-10;Stages;") && $0.contains(";faite;;2025-02-01;") })
        #expect(lines.contains { $0.contains(";à faire;") })
    }

    @Test func englishIsUnchanged() throws {
        let text = try Language.$current.withValue(.en) { ReportMarkdown.render(try Report(Fixtures.small, today: today)) }
        #expect(text.hasPrefix("# Partnership agreements — review of 2026-03-14\n\n1 agreement, 1 of 2 actions done (50 %).\n"))
        #expect(text.contains("- **Signed:** 2024-01-10 · **Ends:** 2027-01-10 · **Status:** active\n"))
    }
}
