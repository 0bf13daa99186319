/// Which language to speak, and why: `--lang`, else `language:` in config.yaml, else the
/// environment (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, in that order), else English.
///
/// Whether the system has the locale generated does not matter: only the names are read.
public struct LanguageChoice: Hashable, Sendable {
    /// Where the choice came from.
    public enum Source: Hashable, Sendable {
        case flag, config
        /// The environment variable that decided.
        case environment(String)
        case fallback
    }

    public let language: Language
    public let source: Source

    /// The environment variables asked, in order.
    public static let variables = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]

    /// A value that names no language Accord speaks is passed over here: `--lang` refuses it
    /// when the arguments are parsed, and config.yaml's reader says what is wrong with it.
    public init(flag: String?, config: String?, environment: [String: String]) {
        func named(_ value: String?) -> Language? {
            guard let value, !value.isEmpty, value.lowercased() != "auto" else { return nil }
            return Language(code: value)
        }
        if let language = named(flag) {
            (self.language, source) = (language, .flag)
        } else if let language = named(config) {
            (self.language, source) = (language, .config)
        } else if let found = Self.fromEnvironment(environment) {
            (self.language, source) = (found.0, .environment(found.1))
        } else {
            (self.language, source) = (.en, .fallback)
        }
    }

    /// The first variable that names a language. `LANGUAGE` is a colon-separated priority
    /// list (`fr:en`); its first name Accord speaks wins. A variable naming a language Accord
    /// does not speak is passed over for the next, as gettext does.
    static func fromEnvironment(_ environment: [String: String]) -> (Language, String)? {
        for variable in variables {
            guard let value = environment[variable], !value.isEmpty else { continue }
            let names = variable == "LANGUAGE" ? value.split(separator: ":").map(String.init) : [value]
            if let language = names.lazy.compactMap({ Language(localeName: $0) }).first { return (language, variable) }
        }
        return nil
    }
}
