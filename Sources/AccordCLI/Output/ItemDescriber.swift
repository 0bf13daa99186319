import AccordCore

/// The text and JSON of `accord show`.
struct ItemDescriber {
    let state: AccordState
    let today: Day
    /// Whether links are written clickable.
    var hyperlinks = Hyperlinks(mode: .never)
    /// Where relative file links are read from.
    var dataDirectory = ""

    private func safe(_ text: String) -> String { SafeText.escaped(text) }

    private func names(_ ids: [String]) -> String {
        ids.map { id in state.partners[id].map { "\(safe($0.displayName)) (\(id))" } ?? id }.joined(separator: ", ")
    }

    /// `Label:` padded to one column (French puts a space before the colon).
    private func field(_ label: Phrase, _ value: String) -> String { field(label.text, value) }

    private func field(_ label: String, _ value: String) -> String {
        TextClipping.pad(heading(label), to: 14) + value
    }

    private func heading(_ label: Phrase) -> String { heading(label.text) }

    private func heading(_ label: String) -> String { Phrases.core.labelled(["label": label]) }

    /// What `accord show` prints: the item, its deadlines and its links.
    func text(_ id: String, kind: ItemKind) -> String {
        ([body(id, kind: kind)] + deadlineLines(id) + linkLines(id)).joined(separator: "\n")
    }

    /// Notice, renewal and recurrence, when the item has them.
    private func deadlineLines(_ id: String) -> [String] {
        let w = Phrases.command
        var lines: [String] = []
        if let a = state.agreements[id] {
            if let months = a.noticeMonths {
                let by = a.noticeDate(on: today).map { w.noticeBy(["day": $0]) } ?? ""
                lines.append(field(w.labelNotice, "\(months)\(by)"))
            }
            if let years = a.renewalYears { lines.append(field(w.labelRenewal, w.tacitRenewal(["n": years]))) }
        }
        if let rule = state.commitments[id]?.repeats ?? state.actions[id]?.repeats {
            lines.append(field(ItemField.repeats.label, rule.text))
        }
        return lines
    }

    /// `Links:` and one line per link, the label clickable where the terminal allows.
    private func linkLines(_ id: String) -> [String] {
        let links = state.links(of: id)
        guard !links.isEmpty else { return [] }
        let opener = LinkOpener(baseDirectory: dataDirectory)
        return [heading(ItemField.links.label)] + links.enumerated().map { n, link in
            let uri = Hyperlinks.uri(of: link, opened: opener.argument(for: link))
            return "  \(n + 1). " + hyperlinks.link(safe(link.displayName), to: uri) + (link.label.isEmpty ? "" : "  \(safe(link.target))")
        }
    }

    private func body(_ id: String, kind: ItemKind) -> String {
        let w = Phrases.command
        switch kind {
        case .partner:
            let p = state.partners[id]!
            var lines = [w.showPartner(["id": id]), field(ItemField.name.label, safe(p.name))]
            if !p.shortName.isEmpty { lines.append(field(ItemField.shortName.label, safe(p.shortName))) }
            lines += [field(ItemField.kind.label, p.kind.displayName), field(ItemField.place.label, safe(p.place))]
            if !p.description.isEmpty { lines.append(field(ItemField.description.label, safe(p.description))) }
            lines.append(heading(w.labelAgreements))
            lines += state.sortedAgreements(partner: id).map { "  \($0.id)  \(safe($0.title))" }
            return lines.joined(separator: "\n")
        case .agreement:
            let a = state.agreements[id]!
            let progress = state.progress(ofAgreement: id)
            var lines = [w.showAgreement(["id": id]), field(ItemField.title.label, safe(a.title)), field(ItemField.signatories.label, names(a.signatories))]
            if !a.associates.isEmpty { lines.append(field(ItemField.associates.label, names(a.associates))) }
            lines.append(field(w.labelSigned, a.signed.map { LocalFormat.date($0) } ?? "—"))
            // A term without a signing day has no end to say (the term alone is said).
            let term = a.termYears.map { years in a.currentEnd(on: today).map { w.termEnds(years, ["day": $0]) } ?? w.termYears(years) }
            lines.append(field(w.labelTerm, term ?? Phrases.core.openEnded.text))
            lines.append(field(ItemField.status.label, AgreementStanding(a, state: state, today: today).sentence(of: a)))
            lines.append(field(w.labelProgress, w.progressPercent(["done": progress.done, "total": progress.total, "percent": progress.percent])))
            if !a.summary.isEmpty { lines.append(field(ItemField.summary.label, safe(a.summary))) }
            if !a.source.isEmpty { lines.append(field(ItemField.source.label, safe(a.source))) }
            lines.append(heading(w.labelCommitments))
            for c in state.commitments(of: id) {
                let p = state.progress(ofCommitment: c.id)
                lines.append("  \(c.id)  [\(c.categoryID)]  \(safe(c.title))  \(p.done)/\(p.total)")
                for action in state.actions(of: c.id) {
                    lines.append("    " + actionLine(action))
                }
            }
            return lines.joined(separator: "\n")
        case .commitment:
            let c = state.commitments[id]!
            var lines = [w.showCommitment(["id": id]), field(ItemField.title.label, safe(c.title)),
                         field(ItemField.agreement.label, "\(c.agreementID)  \(safe(state.agreements[c.agreementID]?.title ?? ""))"),
                         field(ItemField.category.label, state.categories[c.categoryID].map { "\(safe($0.displayName)) (\($0.id))" } ?? c.categoryID)]
            if let owner = c.ownerID { lines.append(field(ItemField.owner.label, names([owner]))) }
            if let due = c.due { lines.append(field(ItemField.due.label, LocalFormat.date(due))) }
            if !c.description.isEmpty { lines.append(field(ItemField.description.label, safe(c.description))) }
            lines.append(heading(w.labelActions))
            lines += state.actions(of: id).map { "  " + actionLine($0) }
            return lines.joined(separator: "\n")
        case .action:
            let a = state.actions[id]!
            var lines = [w.showAction(["id": id]), field(ItemField.title.label, safe(a.title)),
                         field(w.labelPath, state.path(of: a.commitmentID).map(safe).joined(separator: " › ")),
                         field(w.labelDone, a.doneOn.map { w.doneYes(["day": $0]) } ?? w.doneNo.text)]
            if let due = a.due { lines.append(field(ItemField.due.label, LocalFormat.date(due) + (a.isOverdue(on: today) ? w.overdueMark.text : ""))) }
            if !a.note.isEmpty { lines.append(field(ItemField.note.label, SafeText.escaped(a.note, keepNewlines: true))) }
            return lines.joined(separator: "\n")
        case .category:
            let c = state.categories[id]!
            let count = state.commitments.values.filter { $0.categoryID == id }.count
            return [w.showCategory(["id": id]), field(ItemField.name.label, safe(c.displayName)), field(w.labelCommitments, "\(count)")].joined(separator: "\n")
        }
    }

    /// `[x] id  title  done 2024-01-02`, without trailing spaces.
    private func actionLine(_ action: Action) -> String {
        let when = ActionText.when(action, today: today)
        let line = "\(action.isDone ? "[x]" : "[ ]") \(action.id)  \(safe(action.title))"
        return when.isEmpty ? line : line + "  " + when
    }

    private struct Shown<Item: Encodable>: Encodable { var kind: String; var item: Item }

    func json(_ id: String, kind: ItemKind) throws -> String {
        switch kind {
        case .partner: return try JSONShapes.encode(Shown(kind: "partner", item: JSONShapes.partner(state.partners[id]!, agreements: state.agreementCountsByPartner()[id] ?? 0)))
        case .agreement: return try JSONShapes.encode(Shown(kind: "agreement", item: JSONShapes.agreement(state.agreements[id]!, in: state, today: today)))
        case .commitment: return try JSONShapes.encode(Shown(kind: "commitment", item: JSONShapes.commitment(state.commitments[id]!, in: state)))
        case .action: return try JSONShapes.encode(Shown(kind: "action", item: JSONShapes.action(state.actions[id]!, in: state)))
        case .category: return try JSONShapes.encode(Shown(kind: "category", item: JSONShapes.category(state.categories[id]!)))
        }
    }
}
