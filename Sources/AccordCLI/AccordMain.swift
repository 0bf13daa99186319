import AccordCore
import ArgumentParser

/// The program entry: parses, runs, and maps errors to exit codes —
/// 0 success, 1 an error (message on stderr), 2 a usage error.
public enum AccordMain {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Int32 {
        ProcessSignals.prepare()
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
