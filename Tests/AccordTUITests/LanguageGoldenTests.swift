import Testing
@testable import AccordCore
@testable import AccordTUI

/// The dashboard, a form, the help and the overview in English and in French, at 80×24 and
/// 120×40: golden files `<language>-<screen>-<width>x<height>.txt`.
@Suite struct LanguageGoldenTests {
    enum Screen: String, CaseIterable {
        case start, form, help, overview

        /// The keys that open the screen from the start.
        var keys: [Key] {
            switch self {
            case .start: return []
            case .form: return [.character("2"), .character("a")]
            case .help: return [.character("?")]
            case .overview: return [.character("o")]
            }
        }
    }

    static let cases: [(Language, Screen, Int, Int)] = Language.allCases.flatMap { language in
        Screen.allCases.flatMap { screen in [(language, screen, 80, 24), (language, screen, 120, 40)] }
    }

    @Test(arguments: cases)
    func screen(language: Language, screen: Screen, width: Int, height: Int) {
        let d = DashboardFixture.dashboard(width: width, height: height, language: language)
        for key in screen.keys { d.press(key) }
        Golden.check(d.frame, "\(language.rawValue)-\(screen.rawValue)-\(width)x\(height)")
    }

    /// Every hint of every mode shows in French at 80 columns (a hint that does not fit is dropped).
    @Test(arguments: [
        [Key](), [.character("o")], [.character("/")], [.character("2"), .character("a")],
        [.character("2"), .character("a"), .tab, .tab, .tab, .tab, .tab, .tab], [.character("d")], [.enter], [.character("?")],
    ])
    func everyFrenchHintFitsEightyColumns(keys: [Key]) {
        let d = DashboardFixture.dashboard(language: .fr)
        for key in keys { d.press(key) }
        let hints = Language.$current.withValue(.fr) { DashboardUpdate.hints(in: d.model).map(\.text) }
        #expect(!hints.isEmpty)
        let bottom = d.frame.text.components(separatedBy: "\n").last ?? ""
        // The search line shows its hints after "tapez pour chercher".
        for hint in hints {
            #expect(bottom.contains(hint), "\(keys): '\(hint)' is not shown in \(bottom)")
        }
    }
}
