import AccordCore
import ArgumentParser
import Foundation

/// The program entry: parses, runs, and maps errors to exit codes —
/// 0 success, 1 an error (message on stderr), 2 a usage error.
public enum AccordMain {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Int32 {
        ProcessSignals.prepare()
        // Chosen before parsing, so that help, usage errors and every message are in it.
        // config.yaml is read only when --lang does not already decide.
        let environment = ProcessInfo.processInfo.environment
        readSettings(from: environment)
        let flag = languageFlag(in: arguments)
        let config = flag.flatMap(Language.init(code:)) == nil ? AppConfig.load(environment).0.language : nil
        let choice = LanguageChoice(flag: flag, config: config, environment: environment)
        return Language.$current.withValue(choice.language) { runInLanguage(arguments) }
    }

    /// What the environment sets below the command line, read here once: the fixed calendar
    /// time (`ACCORD_NOW`) and where state lives off a network file system (`XDG_STATE_HOME`).
    public static func readSettings(from environment: [String: String]) {
        CalendarClock.fixed = environment["ACCORD_NOW"].flatMap(CalendarClock.parse)
        if let home = environment["XDG_STATE_HOME"], home.hasPrefix("/") {
            LocalFolder.stateHome = home
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            LocalFolder.stateHome = home + "/.local/state"
        }
    }

    /// The value of `--lang X` or `--lang=X`, read before the arguments are parsed (up to `--`).
    static func languageFlag(in arguments: [String]) -> String? {
        var found: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return found
    }

    private static func runInLanguage(_ arguments: [String]) -> Int32 {
        do {
            var command = try AccordCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as CLIError {
            Console.error("accord: \(error.description)")
            return error.exitCode
        } catch let error as AccordError {
            Console.error("accord: \(error.description)")
            return 1
        } catch let error as JournalError {
            Console.error("accord: \(error.description)")
            return 1
        } catch let error as ImportError {
            Console.error("accord: \(error.description)")
            return 1
        } catch {
            let code = AccordCommand.exitCode(for: error)
            if code == .success {
                Console.out(AccordCommand.fullMessage(for: error))
                return 0
            }
            if code == .validationFailure {
                Console.error(AccordCommand.fullMessage(for: error))
                return 2
            }
            let message = AccordCommand.fullMessage(for: error)
            if !message.isEmpty { Console.error("accord: \(message)") }
            return code.rawValue
        }
    }
}
