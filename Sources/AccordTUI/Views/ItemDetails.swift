import AccordCore

/// The details of an item as lines of text with roles, for the detail panel and the Enter overlay.
enum ItemDetails {
    struct Line: Hashable, Sendable {
        var text: String
        var role: Role
        init(_ text: String, _ role: Role = .normal) {
            self.text = text
            self.role = role
        }
    }

    static func lines(for id: String?, in state: AccordState, today: Day) -> [Line] {
        guard let id else {
            return [Line("All partners", .commitment),
                    Line("\(Plural.of(state.partners.count, "organisation")), \(Plural.of(state.agreements.count, "agreement")), "
                         + Plural.of(state.actions.count, "action"))]
        }
        func names(_ ids: [String]) -> String { ids.map { state.partners[$0]?.displayName ?? $0 }.joined(separator: ", ") }
        if let p = state.partners[id] {
            var lines = [Line(p.shortName.isEmpty ? p.name : "\(p.name) (\(p.shortName))", .commitment),
                         Line([p.kind.label, p.place].filter { !$0.isEmpty }.joined(separator: " · ") + " · id \(p.id)", .dim)]
            if !p.description.isEmpty { lines.append(Line(p.description)) }
            lines.append(Line("Agreements: " + state.sortedAgreements(partner: id).map(\.title).joined(separator: "; ")))
            return lines
        }
        if let a = state.agreements[id] {
            let standing = AgreementStanding(a, state: state, today: today)
            var dates = a.signed.map { "Signed \($0)" } ?? "Signing date unknown"
            dates += a.termYears.map { " · \(Plural.of($0, "year")), ends \(a.endDate!)" } ?? " · open-ended"
            // One standing: an expired agreement reads "expired", not "renewed · expired".
            dates += " · " + standing.sentence(of: a)
            var lines = [Line(a.title, .commitment), Line(dates, standing.expired ? .dim : standing.expiringSoon ? .expiringSoon : .normal),
                         Line("Signatories: " + names(a.signatories))]
            if !a.associates.isEmpty { lines.append(Line("Associates: " + names(a.associates), .dim)) }
            lines.append(Line("Progress: \(standing.progress.done)/\(standing.progress.total) actions done"
                              + (standing.overdueCount > 0 ? ", \(standing.overdueCount) overdue" : ""),
                              standing.overdueCount > 0 ? .overdue : .normal))
            if !a.summary.isEmpty { lines.append(Line(a.summary)) }
            if !a.source.isEmpty { lines.append(Line("Source: " + a.source, .dim)) }
            return lines
        }
        if let c = state.commitments[id] {
            let p = state.progress(ofCommitment: id)
            var facts = [state.categories[c.categoryID]?.name ?? c.categoryID, "\(p.done)/\(p.total) done"]
            if let owner = c.ownerID { facts.append("led by " + names([owner])) }
            let late = state.isOverdue(commitment: id, today: today)
            if let due = c.due { facts.append("due \(due)" + (late ? " — overdue" : "")) }
            var lines = [Line(c.title, .commitment), Line(facts.joined(separator: " · "), late ? .overdue : .dim)]
            if !c.description.isEmpty { lines.append(Line(c.description)) }
            return lines
        }
        if let a = state.actions[id] {
            var status = a.doneOn.map { "Done on \($0)" } ?? "Open"
            if let due = a.due { status += " · due \(due)" + (a.isOverdue(on: today) ? " — overdue" : "") }
            var lines = [Line(a.title, .commitment), Line(status, a.isOverdue(on: today) ? .overdue : a.isDone ? .checkboxDone : .normal)]
            if !a.note.isEmpty { lines.append(Line("Note: " + a.note)) }
            lines.append(Line(state.path(of: a.commitmentID).joined(separator: " › "), .dim))
            return lines
        }
        if let c = state.categories[id] { return [Line(c.name, .category)] }
        return [Line("'\(id)' no longer exists.", .dim)]
    }

    /// The lines wrapped to `width` columns (a note keeps its line breaks). A text longer
    /// than `limit` characters is cut there, saying how long it is (`accord show` prints it whole).
    static func wrapped(_ lines: [Line], width: Int, limit: Int = 200_000) -> [Line] {
        lines.flatMap { line in
            let text = line.text.utf8.count <= limit ? line.text : TextClipping.forMessage(line.text, limit: limit)
            return TextClipping.wrap(SafeText.escaped(text, keepNewlines: true), to: width).map { Line($0, line.role) }
        }
    }
}
