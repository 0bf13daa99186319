import AccordCore
import ArgumentParser

/// `accord list partners|agreements|commitments|actions`
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: Phrases.help.listAbstract.text,
        usage: "accord list <kind> [--agreement <id>] [--json] [--wide] [--data <dir>]")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case partners, agreements, commitments, actions, categories
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Phrases.help.listKind))
    var kind: Kind

    @Option(help: ArgumentHelp(Phrases.help.listAgreement,
                               valueName: "id"))
    var agreement: String?

    @Flag(help: ArgumentHelp(Phrases.help.printJSON))
    var json = false

    @Flag(help: ArgumentHelp(Phrases.help.listWide))
    var wide = false

    func run() throws {
        // The agreements as text read only the agreements and their progress kept in place.
        let readsInPlace = kind == .agreements && !json && agreement == nil
        let session = try Session(global, write: false, history: false, scope: readsInPlace ? .agreementList : nil)
        let state = session.state
        let keptProgress = session.store.journal?.agreementProgress
        let today = session.store.today
        // One rule with `report --agreement`: an agreement, or every agreement of a partner.
        let chosen = try agreement.map { try session.agreements(named: $0) } ?? state.sortedAgreements()
        let width = wide ? nil : TerminalWidth.ofStandardOutput
        let words = Phrases.command
        switch kind {
        case .partners:
            let named = Set(chosen.flatMap(\.allPartners))
            let partners = state.sortedPartners.filter { agreement == nil || named.contains($0.id) }
            let counts = state.agreementCountsByPartner()
            if json { return Console.out(try JSONShapes.encode(partners.map { JSONShapes.partner($0, agreements: counts[$0.id] ?? 0) })) }
            var table = Table([words.columnID, words.columnName, words.columnKind, words.columnPlace, words.columnAgreements].map(\.text), flexibleColumn: 1)
            for p in partners {
                table.add([p.id, p.name, p.kind.displayName, p.place, "\(counts[p.id] ?? 0)"])
            }
            Console.out(table.render(width: width))
        case .agreements:
            if json { return Console.out(try JSONShapes.encode(chosen.map { JSONShapes.agreement($0, in: state, today: today) })) }
            var table = Table([words.columnID, words.columnTitle, words.columnSigned, words.columnEnds, words.columnStatus, words.columnDone].map(\.text),
                              flexibleColumn: 1)
            for a in chosen {
                let progress = keptProgress?[a.id] ?? state.progress(ofAgreement: a.id)
                table.add([a.id, a.title, a.signed.map { LocalFormat.date($0) } ?? "—", a.currentEnd(on: today).map { LocalFormat.date($0) } ?? "—",
                           // The status reads the agreement's dates only (no action is counted for it).
                           AgreementStanding(a, progress: progress, overdueCount: 0, today: today).status(of: a),
                           "\(progress.done)/\(progress.total)"])
            }
            Console.out(table.render(width: width))
        case .commitments:
            let commitments = chosen.flatMap { state.commitments(of: $0.id) }
            if json { return Console.out(try JSONShapes.encode(commitments.map { JSONShapes.commitment($0, in: state) })) }
            var table = Table([words.columnID, words.columnAgreement, words.columnCategory, words.columnTitle, words.columnDone].map(\.text),
                              flexibleColumn: 3)
            for c in commitments {
                let progress = state.progress(ofCommitment: c.id)
                table.add([c.id, c.agreementID, c.categoryID, c.title, "\(progress.done)/\(progress.total)"])
            }
            Console.out(table.render(width: width))
        case .categories:
            let chosenIDs = Set(chosen.map(\.id))
            let used = Dictionary(grouping: state.commitments.values.filter { chosenIDs.contains($0.agreementID) }, by: \.categoryID)
                .mapValues(\.count)
            let categories = state.sortedCategories.filter { agreement == nil || used[$0.id] != nil }
            if json { return Console.out(try JSONShapes.encode(categories.map(JSONShapes.category))) }
            var table = Table([words.columnID, words.columnName, words.columnCommitments].map(\.text), flexibleColumn: 1)
            for c in categories { table.add([c.id, c.displayName, "\(used[c.id] ?? 0)"]) }
            Console.out(table.render(width: width))
        case .actions:
            let actions = chosen.flatMap { state.actions(ofAgreement: $0.id) }
            if json { return Console.out(try JSONShapes.encode(actions.map { JSONShapes.action($0, in: state) })) }
            var table = Table([words.columnID.text, "", words.columnTitle.text, words.columnWhen.text], flexibleColumn: 2)
            for a in actions {
                table.add([a.id, a.isDone ? "[x]" : "[ ]", a.title, ActionText.when(a, today: today)])
            }
            Console.out(table.render(width: width))
        }
    }
}
