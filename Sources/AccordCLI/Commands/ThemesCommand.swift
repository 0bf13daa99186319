import AccordCore
import AccordTUI
import ArgumentParser
import Foundation

/// `accord themes`: every theme, with a one-line preview.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: Phrases.help.themesAbstract.text)

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (config, configProblem) = AppConfig.load(environment)
        let choice = ThemeChoice(flag: nil, config: config, configProblem: configProblem, environment: environment)
        let color = isatty(1) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
        let width = choice.catalog.names.map(\.count).max() ?? 8
        for theme in choice.catalog.themes {
            let mark = theme.name == choice.theme.name ? "*" : " "
            let name = theme.name.padding(toLength: width, withPad: " ", startingAt: 0)
            Console.out("\(mark) \(name)  \(ThemePreview.line(theme, color: color))  \(theme.localizedDescription)")
        }
        Console.out(Phrases.command.themesOfYourOwn(["directory": AppConfig.directory(environment)]))
        for problem in choice.problems { Console.error("accord: \(problem)") }
    }
}
