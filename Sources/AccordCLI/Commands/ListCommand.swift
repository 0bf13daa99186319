import AccordCore
import ArgumentParser

/// `accord list partners|agreements|commitments|actions`
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List partners, agreements, commitments, actions or categories.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case partners, agreements, commitments, actions, categories
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to list: partners, agreements, commitments, actions or categories.")
    var kind: Kind

    @Option(help: ArgumentHelp("Only the items of this agreement (or of this partner, for agreements).", valueName: "id"))
    var agreement: String?

    @Flag(help: "Print JSON (see docs/FORMAT.md).")
    var json = false

    @Flag(help: "Never clip a title to the terminal's width.")
    var wide = false

    func run() throws {
        let session = try Session(global, write: false, history: false)
        let state = session.state
        let today = session.store.today
        if let agreement, state.agreements[agreement] == nil, !(kind == .agreements && state.partners[agreement] != nil) {
            throw CLIError("no agreement has the id '\(agreement)' (see 'accord list agreements').")
        }
        switch kind {
        case .partners:
            let partners = state.sortedPartners.filter { agreement == nil || state.agreements[agreement!]!.allPartners.contains($0.id) }
            let counts = state.agreementCountsByPartner()
            if json { return Console.out(try JSONShapes.encode(partners.map { JSONShapes.partner($0, agreements: counts[$0.id] ?? 0) })) }
            var table = Table(["ID", "NAME", "KIND", "PLACE", "AGREEMENTS"], flexibleColumn: 1)
            for p in partners {
                table.add([p.id, p.name, p.kind.label, p.place, "\(counts[p.id] ?? 0)"])
            }
            Console.out(table.render(width: wide ? nil : TerminalWidth.ofStandardOutput))
        case .agreements:
            let agreements = state.agreements[agreement ?? ""] != nil
                ? [state.agreements[agreement!]!] : state.sortedAgreements(partner: agreement)
            if json { return Console.out(try JSONShapes.encode(agreements.map { JSONShapes.agreement($0, in: state) })) }
            var table = Table(["ID", "TITLE", "SIGNED", "ENDS", "STATUS", "DONE"], flexibleColumn: 1)
            for a in agreements {
                let progress = state.progress(ofAgreement: a.id)
                table.add([a.id, a.title, a.signed?.description ?? "—", a.endDate?.description ?? "—",
                           AgreementStanding(a, state: state, today: today).status(of: a), "\(progress.done)/\(progress.total)"])
            }
            Console.out(table.render(width: wide ? nil : TerminalWidth.ofStandardOutput))
        case .commitments:
            let ids = agreement.map { [$0] } ?? state.sortedAgreements().map(\.id)
            let commitments = ids.flatMap { state.commitments(of: $0) }
            if json { return Console.out(try JSONShapes.encode(commitments.map { JSONShapes.commitment($0, in: state) })) }
            var table = Table(["ID", "AGREEMENT", "CATEGORY", "TITLE", "DONE"], flexibleColumn: 3)
            for c in commitments {
                let progress = state.progress(ofCommitment: c.id)
                table.add([c.id, c.agreementID, c.categoryID, c.title, "\(progress.done)/\(progress.total)"])
            }
            Console.out(table.render(width: wide ? nil : TerminalWidth.ofStandardOutput))
        case .categories:
            let used = Dictionary(grouping: state.commitments.values.filter { agreement == nil || $0.agreementID == agreement },
                                  by: \.categoryID).mapValues(\.count)
            let categories = state.sortedCategories.filter { agreement == nil || used[$0.id] != nil }
            if json { return Console.out(try JSONShapes.encode(categories.map(JSONShapes.category))) }
            var table = Table(["ID", "NAME", "COMMITMENTS"], flexibleColumn: 1)
            for c in categories { table.add([c.id, c.name, "\(used[c.id] ?? 0)"]) }
            Console.out(table.render(width: wide ? nil : TerminalWidth.ofStandardOutput))
        case .actions:
            let ids = agreement.map { [$0] } ?? state.sortedAgreements().map(\.id)
            let actions = ids.flatMap { state.actions(ofAgreement: $0) }
            if json { return Console.out(try JSONShapes.encode(actions.map { JSONShapes.action($0, in: state) })) }
            var table = Table(["ID", "", "TITLE", "WHEN"], flexibleColumn: 2)
            for a in actions {
                table.add([a.id, a.isDone ? "[x]" : "[ ]", a.title, ActionText.when(a, today: today)])
            }
            Console.out(table.render(width: wide ? nil : TerminalWidth.ofStandardOutput))
        }
    }
}
