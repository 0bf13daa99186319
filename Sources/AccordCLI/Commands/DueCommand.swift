import AccordCore
import ArgumentParser
import Foundation

/// `accord due [--within 30d] [--json]`: what falls due, for a person or a cron job.
///
/// Exit 0 when something falls due (listed), 1 when nothing does (nothing printed, so cron
/// mails nothing), 2 on any error.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: Phrases.help.dueAbstract.text,
        usage: "accord due [--within <days>] [--json] [--data <dir>]",
        discussion: Phrases.help.dueDiscussion.text)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(Phrases.help.dueWithin, valueName: "days"))
    var within = "30d"

    @Flag(help: ArgumentHelp(Phrases.help.printJSON))
    var json = false

    func validate() throws {
        if DueCommand.days(in: within) == nil { throw ValidationError(Phrases.command.notAPeriod(["value": within])) }
    }

    /// `30d`, `2w`, `3m` or a plain number of days; nil for anything else.
    static func days(in text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int] = ["d": 1, "j": 1, "w": 7, "s": 7, "m": 30]
        if let last = trimmed.last, let unit = units[last], let n = Int(trimmed.dropLast()), (0...3660).contains(n) { return n * unit }
        if let n = Int(trimmed), (0...3660).contains(n) { return n }
        return nil
    }

    struct DueJSON: Encodable {
        var day, kind, id, title, agreement: String
        var overdue: Bool
        var repeats: String?
    }

    func run() throws {
        let days = DueCommand.days(in: within)!   // checked by validate()
        let found: [Deadline]
        let state: AccordState
        let today: Day
        do {
            let session = try Session(global, write: false, history: false)
            state = session.state
            today = session.store.today
            // Notice dates and ends whose reminders have started come with them, however far.
            found = state.deadlines(through: today.adding(days: days), today: today)
        } catch {
            // Every failure is exit 2, so that a cron job tells "nothing due" (1) from "broken".
            throw CLIError("\(error)", exitCode: 2)
        }
        guard !found.isEmpty else {
            if isatty(STDOUT_FILENO) == 1 { Console.error(Phrases.command.nothingDue(["days": days])) }
            throw ExitCode.failure
        }
        if json {
            Console.out(try JSONShapes.encode(found.map { d in
                DueJSON(day: d.day.description, kind: d.kind.rawValue, id: d.itemID, title: d.title, agreement: d.agreementID,
                        overdue: d.isOverdue(on: today), repeats: d.repeats?.text)
            }))
            return
        }
        let words = Phrases.command
        var table = Table([words.columnDay, words.columnWhat, words.columnID, words.columnTitle].map(\.text), flexibleColumn: 3)
        for deadline in found {
            let when = LocalFormat.date(deadline.day) + (deadline.isOverdue(on: today) ? " !" : "")
            let agreement = deadline.agreementID == deadline.itemID ? "" : " — " + (state.agreements[deadline.agreementID]?.title ?? "")
            table.add([when, deadline.kind.name.text, deadline.itemID, deadline.title + agreement])
        }
        Console.out(table.render())
    }
}
