import AccordCore
import AccordTerminal
import AccordTUI
import Foundation

/// Opens the dashboard on a session's store, and restores the terminal on every way out.
enum DashboardRunner {
    /// `themeFlag` is `--theme`; `noMouse` for `--no-mouse`; `accessible` for `--accessible`
    /// (else `accessible:` in config.yaml). The first frame is drawn from the cache when there
    /// is one, while the whole data is read on another core (`BackgroundOpening`).
    static func run(_ global: GlobalOptions, themeFlag: String?, noMouse: Bool, accessible accessibleFlag: Bool = false) throws {
        let directory = DataDirectory.resolve(flag: global.dataDirectory)
        if let problem = DataDirectory.problem(with: directory) { throw CLIError(problem, exitCode: 2) }
        let environment = ProcessInfo.processInfo.environment
        var (config, configProblem) = AppConfig.load(environment)
        let choice = ThemeChoice(flag: themeFlag, config: config, configProblem: configProblem, environment: environment)
        let mouse = !noMouse && (config.mouse ?? true)
        let accessible = accessibleFlag || config.accessible == true
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend.start(theme: choice.theme, mouse: mouse, accessible: accessible, environment: environment)
        } catch {
            throw CLIError(error.description, exitCode: 2)
        }
        defer { backend.stop() }
        let size = backend.size
        let runtime: DashboardRuntime
        if let firstScreen = CachedFirstScreen.read(directory: directory, agreements: size.height) {
            // What reading finds is said in the user's language: the thread does not inherit it.
            let language = Language.current
            let opening = BackgroundOpening { try Language.$current.withValue(language) { try Session(global, write: false, quiet: true).store } }
            runtime = .whileOpening(firstScreen, opening, width: size.width, height: size.height, mouseEnabled: mouse,
                                    notices: choice.problems, themes: choice.catalog.themes, theme: choice.theme, language: Language.current, accessible: accessible)
        } else {
            let session = try Session(global, write: false, quiet: true)
            let notices = (session.store.journal?.notices ?? []) + choice.problems
            // The search index is built on the other core while the first frame is drawn: the first `/` does not wait.
            runtime = DashboardRuntime(store: session.store, width: size.width, height: size.height, mouseEnabled: mouse,
                                       notices: notices, themes: choice.catalog.themes, theme: choice.theme,
                                       language: Language.current, accessible: accessible)
        }
        let opener = LinkOpener(baseDirectory: directory)
        runtime.onOpenLink = { [unowned runtime] link in
            let store = runtime.store
            let setHere = runtime.model.selectedItemID.flatMap { store.ledger.lastWriter(of: $0, field: "links") }?.replica == store.journal?.replica
            guard LinkOpener.opensWithoutAsking(link, setHere: setHere) else {
                // Another replica may have set it: opened only when asked for by name, from the command line.
                return Phrases.command.openAsksFirst(["target": SafeText.escaped(opener.argument(for: link)),
                                                      "id": runtime.model.selectedItemID ?? "ID"])
            }
            do {
                try opener.open(link)
                return nil
            } catch {
                return "\(error)"
            }
        }
        runtime.onLanguageChange = { language in
            config.language = language.rawValue
            do {
                try config.save(environment)
                return nil
            } catch {
                return Phrases.command.languageNotRemembered(["error": "\(error)"])
            }
        }
        DashboardLoop.run(runtime, on: backend) { theme in
            config.theme = theme.name
            do {
                try config.save(environment)
                return backend.colorCount == 0 ? Phrases.command.themeSavedNoColour(["name": theme.name]) : nil
            } catch {
                return Phrases.command.themeNotRemembered(["name": theme.name, "error": "\(error)"])
            }
        }
        if let failure = runtime.openingFailure { throw failure }
        let signal = backend.stopSignal
        if signal != 0 {
            backend.stop()
            throw CLIError(Phrases.command.stoppedBySignal(["signal": String(signal)]), exitCode: 128 + signal)
        }
    }
}
