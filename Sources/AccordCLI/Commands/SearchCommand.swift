import AccordCore
import ArgumentParser
import Foundation

/// `accord search WORDS…`
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: Phrases.help.searchAbstract.text,
        usage: "accord search <words> ... [--limit <n>] [--json] [--data <dir>]",
        discussion: Phrases.help.searchDiscussion.text)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.searchWords))
    var words: [String]

    @Option(help: ArgumentHelp(Phrases.help.searchLimit))
    var limit = 20

    @Flag(help: ArgumentHelp(Phrases.help.printJSON))
    var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError(Phrases.command.limitAtLeastOne.text) }
        if words.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { throw ValidationError(Phrases.command.sayWhat.text) }
    }

    struct HitJSON: Encodable {
        var kind, id, text, marked: String
        var score: Int
        var matchedTitle: Bool
        var path: [String]
    }

    func run() throws {
        let text = words.joined(separator: " ")
        let query: SearchQuery
        do { query = try SearchQuery.parse(text) } catch { throw CLIError("\(error).", exitCode: 2) }
        let session = try Session(global, write: false, history: false, scope: .search(query, today: Day(CalendarClock.now(), timeZone: .current), limit: limit))
        let state = session.state
        // One search: reading every item once costs less than building the index (and its memory).
        let all = SearchScan.search(query, in: state, today: session.store.today)
        let hits = all.prefix(limit)
        let terms = query.highlightTerms
        if json {
            Console.out(try JSONShapes.encode(hits.map { hit in
                let text = SearchIndex.text(of: hit, in: state, terms: terms)
                return HitJSON(kind: hit.kind.rawValue, id: hit.id, text: text, marked: SearchHighlight.marked(text, terms: terms),
                               score: hit.score, matchedTitle: hit.matchedTitle, path: state.pathFromPartners(of: hit.id))
            }))
            // No hit: `[]` and exit 1, as in text mode (without a message: the output is for a program).
            if hits.isEmpty { throw ExitCode.failure }
            return
        }
        guard !hits.isEmpty else { throw CLIError(Phrases.command.noMatchFor(["text": SafeText.escaped(text)])) }
        for (n, hit) in hits.enumerated() {
            let marked = SearchHighlight.marked(SearchIndex.text(of: hit, in: state, terms: terms), terms: terms)
            Console.out("\(n + 1). \(hit.kind.name.text)  \(hit.id)  \(SafeText.escaped(TextClipping.clip(marked, to: 160)))")
            Console.out("   " + state.pathFromPartners(of: hit.id).map { SafeText.escaped($0) }.joined(separator: " › "))
        }
        if all.count > hits.count { Console.out(Phrases.command.hitsShown(all.count, ["shown": hits.count])) }
    }
}
