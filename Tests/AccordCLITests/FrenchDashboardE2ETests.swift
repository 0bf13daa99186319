import Foundation
import Testing

/// The real binary in tmux with LANG=fr_FR.UTF-8 on a machine where that locale is not
/// generated (`locale -a` lists only C and POSIX here): the dashboard speaks French, L switches
/// to English and remembers it in config.yaml, and the next start is in English.
@Suite(.serialized) struct FrenchDashboardE2ETests {
    @Test func frenchFromLANGThenLSwitchesAndRemembers() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, width: 80, height: 24, env: ["LANG": "fr_FR.UTF-8"])
        defer { tmux.close() }
        let first = try tmux.waitFor("q quitte")
        #expect(first.contains("1 Partenaires") && first.contains("2 Conventions") && first.contains("3 Engagements"))
        #expect(first.contains("── Stages ──") && first.contains("Signée le 18 nov. 2010 · sans fin · en cours"), "\(first)")
        #expect(first.contains("j/k déplace  x coche  a ajoute  u annule  / cherche  o bilan  ? aide  q quitte"))
        try tmux.send("3", "j", "j", "Space")
        try tmux.waitFor("Coché « Suivre le nombre")
        try tmux.send("o")
        try tmux.waitFor("0 Bilan")
        try tmux.send("L")
        let english = try tmux.waitFor("Language: English")
        #expect(english.contains("0 Overview") && english.contains("Totals"))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let config = try String(contentsOfFile: accord.home + "/.config/accord/config.yaml", encoding: .utf8)
        #expect(config.contains("language: en"))

        let again = try TmuxSession(accord, width: 80, height: 24, env: ["LANG": "fr_FR.UTF-8"])
        defer { again.close() }
        let remembered = try again.waitFor("q quit")
        #expect(remembered.contains("2 Agreements") && remembered.contains("Internships"))
        #expect(remembered.contains("Ticked 'Suivre") || remembered.contains("[x] Suivre le nombre"), "the tick was saved")
    }
}
