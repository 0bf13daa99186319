import AccordCore
import AccordTUI
import Foundation

/// Which theme to use: `--theme`, else `ACCORD_THEME`, else the config file; and what went wrong on the way.
struct ThemeChoice {
    let catalog: ThemeCatalog
    let theme: Theme
    /// Sentences for the status bar: bad theme files, a bad choice.
    let problems: [String]

    init(flag: String?, config: AppConfig, configProblem: String?,
         environment: [String: String] = ProcessInfo.processInfo.environment) {
        catalog = ThemeCatalog(userDirectory: AppConfig.directory(environment) + "/themes")
        let choice = flag ?? environment["ACCORD_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? config.theme
        let resolved = catalog.resolve(choice)
        theme = resolved.theme
        problems = [configProblem].compactMap { $0 } + catalog.problems.map { Phrases.command.themeError(["problem": "\($0)"]) }
            + [resolved.problem].compactMap { $0 }
    }
}
