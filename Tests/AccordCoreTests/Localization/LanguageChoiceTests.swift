import Testing
@testable import AccordCore

/// `--lang`, else `language:` in config.yaml, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
@Suite struct LanguageChoiceTests {
    private func choose(flag: String? = nil, config: String? = nil, _ environment: [String: String] = [:]) -> LanguageChoice {
        LanguageChoice(flag: flag, config: config, environment: environment)
    }

    @Test func eachSourceWinsOverTheOnesAfterIt() {
        let everything = ["LANGUAGE": "fr", "LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"]
        #expect(choose(flag: "en", config: "fr", everything).language == .en)
        #expect(choose(flag: "en", config: "fr", everything).source == .flag)
        #expect(choose(config: "en", everything) == LanguageChoice(flag: nil, config: "en", environment: ["LANG": "fr_FR.UTF-8"]))
        #expect(choose(config: "en", everything).source == .config)
        #expect(choose(everything).language == .fr)
        #expect(choose(everything).source == .environment("LANGUAGE"))
        #expect(choose(["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"]).source == .environment("LC_ALL"))
        #expect(choose(["LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"]).language == .fr)
        #expect(choose(["LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"]).source == .environment("LC_MESSAGES"))
        #expect(choose(["LANG": "fr_CA.UTF-8"]).language == .fr)
        #expect(choose([:]).language == .en)
        #expect(choose([:]).source == .fallback)
    }

    @Test(arguments: [
        ("C", Language.en), ("POSIX", .en), ("C.UTF-8", .en), ("en_US.UTF-8", .en), ("fr_FR.UTF-8", .fr), ("fr_BE@euro", .fr),
        ("fr", .fr), ("fr_CH", .fr),
    ])
    func localeNames(name: String, language: Language) {
        #expect(choose(["LANG": name]).language == language)
    }

    @Test func aLanguageAccordDoesNotSpeakPassesToTheNextVariable() {
        #expect(choose(["LANGUAGE": "de_DE", "LANG": "fr_FR.UTF-8"]).language == .fr)
        #expect(choose(["LANGUAGE": "de:fr:en"]).language == .fr, "LANGUAGE is a priority list")
        #expect(choose(["LC_ALL": "", "LANG": "fr_FR.UTF-8"]).language == .fr, "an empty variable is not set")
        #expect(choose(["LANG": "de_DE.UTF-8"]).source == .fallback)
    }

    /// `auto` and values naming no language fall through to the next source (the command line
    /// and config.yaml's reader refuse such values themselves: FrenchCommandLineTests).
    @Test func autoAndUnknownValuesFallThrough() {
        #expect(choose(config: "auto", ["LANG": "fr_FR.UTF-8"]).language == .fr)
        #expect(choose(config: "auto", ["LANG": "fr_FR.UTF-8"]).source == .environment("LANG"))
        let wrong = choose(flag: "klingon", config: "de", ["LANG": "fr_FR.UTF-8"])
        #expect(wrong.language == .fr)
        #expect(wrong.source == .environment("LANG"))
        #expect(Language(code: "Français") == .fr && Language(code: "english") == .en && Language(code: "FR") == .fr)
    }
}
