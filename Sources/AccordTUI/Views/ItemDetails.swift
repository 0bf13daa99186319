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
        itemLines(for: id, in: state, today: today) + (id.map { deadlineLines(for: $0, in: state, today: today) + linkLines(for: $0, in: state) } ?? [])
    }

    /// Notice, renewal and recurrence, when the item has them.
    private static func deadlineLines(for id: String, in state: AccordState, today: Day) -> [Line] {
        let words = Phrases.dashboard
        var lines: [Line] = []
        if let a = state.agreements[id] {
            if let notice = a.noticeDate(on: today), let months = a.noticeMonths {
                lines.append(Line(words.noticeLine(["months": months, "day": notice]), notice < today ? .dim : .expiringSoon))
            }
            if let years = a.renewalYears { lines.append(Line(words.renewsLine(["years": words.countedYears(years)]), .dim)) }
        }
        if let rule = state.commitments[id]?.repeats ?? state.actions[id]?.repeats {
            lines.append(Line(words.repeatsLine(["rule": rule.text]), .dim))
        }
        return lines
    }

    /// The item's links, numbered for 1–9.
    private static func linkLines(for id: String, in state: AccordState) -> [Line] {
        let links = state.links(of: id)
        guard !links.isEmpty else { return [] }
        return [Line(ItemField.links.label, .category)] + links.enumerated().map { n, link in
            Line("\(n + 1). \(link.displayName)" + (link.label.isEmpty ? "" : "  <\(link.target)>"), .normal)
        }
    }

    private static func itemLines(for id: String?, in state: AccordState, today: Day) -> [Line] {
        let words = Phrases.dashboard
        guard let id else {
            // Nothing yet: what to do first.
            if state.partners.isEmpty && state.agreements.isEmpty {
                return [Line(words.startTitle.text, .commitment), Line(words.startAddAgreement.text),
                        Line(words.startAddPartner.text), Line(words.startImport.text, .dim)]
            }
            return [Line(words.allPartners.text, .commitment),
                    Line("\(words.countedOrganisations(state.partners.count)), \(Phrases.model.countedAgreements(state.agreements.count)), "
                         + Phrases.model.countedActions(state.actions.count))]
        }
        func names(_ ids: [String]) -> String { ids.map { state.partners[$0]?.displayName ?? $0 }.joined(separator: ", ") }
        if let p = state.partners[id] {
            var lines = [Line(p.shortName.isEmpty ? p.name : "\(p.name) (\(p.shortName))", .commitment),
                         Line([p.kind.displayName, p.place].filter { !$0.isEmpty }.joined(separator: " · ") + " · " + words.idOf(["id": p.id]), .dim)]
            if !p.description.isEmpty { lines.append(Line(p.description)) }
            lines.append(Line(words.agreementsOf(["titles": state.sortedAgreements(partner: id).map(\.title).joined(separator: "; ")])))
            return lines
        }
        if let a = state.agreements[id] {
            let standing = AgreementStanding(a, state: state, today: today)
            var dates = a.signed.map { words.signedOn(["day": $0]) } ?? words.signingUnknown.text
            // A term without a signing day has no end to say (the term alone is said).
            if let years = a.termYears {
                dates += a.currentEnd(on: today).map { words.termEnds(["years": words.countedYears(years), "day": $0]) }
                    ?? " · " + words.countedYears(years)
            } else {
                dates += words.openEnded.text
            }
            // One standing: an expired agreement reads "expired", not "renewed · expired".
            dates += " · " + standing.sentence(of: a)
            var lines = [Line(a.title, .commitment), Line(dates, standing.expired ? .dim : standing.expiringSoon ? .expiringSoon : .normal),
                         Line(words.signatoriesOf(["names": names(a.signatories)]))]
            if !a.associates.isEmpty { lines.append(Line(words.associatesOf(["names": names(a.associates)]), .dim)) }
            lines.append(Line(words.progressOf(["done": standing.progress.done, "total": standing.progress.total])
                              + (standing.overdueCount > 0 ? Phrases.core.overdueSuffix(["n": standing.overdueCount]) : ""),
                              standing.overdueCount > 0 ? .overdue : .normal))
            if !a.summary.isEmpty { lines.append(Line(a.summary)) }
            if !a.source.isEmpty { lines.append(Line(words.sourceOf(["source": a.source]), .dim)) }
            return lines
        }
        if let c = state.commitments[id] {
            let p = state.progress(ofCommitment: id)
            var facts = [state.categories[c.categoryID]?.displayName ?? c.categoryID, words.doneOfTotal(["done": p.done, "total": p.total])]
            if let owner = c.ownerID { facts.append(words.ledBy(["names": names([owner])])) }
            let late = state.isOverdue(commitment: id, today: today)
            if let due = c.due { facts.append(Phrases.core.dueOn(["day": due]) + (late ? words.overdueMark.text : "")) }
            var lines = [Line(c.title, .commitment), Line(facts.joined(separator: " · "), late ? .overdue : .dim)]
            if !c.description.isEmpty { lines.append(Line(c.description)) }
            return lines
        }
        if let a = state.actions[id] {
            var status = a.doneOn.map { words.doneOn(["day": $0]) } ?? words.open.text
            if let due = a.due { status += words.dueAfter(["day": due]) + (a.isOverdue(on: today) ? words.overdueMark.text : "") }
            var lines = [Line(a.title, .commitment), Line(status, a.isOverdue(on: today) ? .overdue : a.isDone ? .checkboxDone : .normal)]
            if !a.note.isEmpty { lines.append(Line(words.noteOf(["note": a.note]))) }
            lines.append(Line(state.path(of: a.commitmentID).joined(separator: " › "), .dim))
            return lines
        }
        if let c = state.categories[id] { return [Line(c.displayName, .category)] }
        return [Line(words.gone(["id": id]), .dim)]
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
