import AccordCore

/// The text and JSON of `accord show`.
struct ItemDescriber {
    let state: AccordState
    let today: Day

    private func safe(_ text: String) -> String { SafeText.escaped(text) }

    private func names(_ ids: [String]) -> String {
        ids.map { id in state.partners[id].map { "\(safe($0.displayName)) (\(id))" } ?? id }.joined(separator: ", ")
    }

    private func field(_ label: String, _ value: String) -> String {
        TextClipping.pad(label + ":", to: 14) + value
    }

    func text(_ id: String, kind: ItemKind) -> String {
        switch kind {
        case .partner:
            let p = state.partners[id]!
            var lines = ["Partner \(id)", field("Name", safe(p.name))]
            if !p.shortName.isEmpty { lines.append(field("Short name", safe(p.shortName))) }
            lines += [field("Kind", p.kind.label), field("Place", safe(p.place))]
            if !p.description.isEmpty { lines.append(field("Description", safe(p.description))) }
            lines.append("Agreements:")
            lines += state.sortedAgreements(partner: id).map { "  \($0.id)  \(safe($0.title))" }
            return lines.joined(separator: "\n")
        case .agreement:
            let a = state.agreements[id]!
            let progress = state.progress(ofAgreement: id)
            var lines = ["Agreement \(id)", field("Title", safe(a.title)), field("Signatories", names(a.signatories))]
            if !a.associates.isEmpty { lines.append(field("Associates", names(a.associates))) }
            lines.append(field("Signed", a.signed?.description ?? "—"))
            lines.append(field("Term", a.termYears.map { "\($0) year\($0 == 1 ? "" : "s"), ends \(a.endDate!)" } ?? "open-ended"))
            lines.append(field("Status", AgreementStanding(a, state: state, today: today).sentence(of: a)))
            lines.append(field("Progress", "\(progress.done)/\(progress.total) actions done (\(progress.percent) %)"))
            if !a.summary.isEmpty { lines.append(field("Summary", safe(a.summary))) }
            if !a.source.isEmpty { lines.append(field("Source", safe(a.source))) }
            lines.append("Commitments:")
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
            var lines = ["Commitment \(id)", field("Title", safe(c.title)),
                         field("Agreement", "\(c.agreementID)  \(safe(state.agreements[c.agreementID]?.title ?? ""))"),
                         field("Category", state.categories[c.categoryID].map { "\(safe($0.name)) (\($0.id))" } ?? c.categoryID)]
            if let owner = c.ownerID { lines.append(field("Owner", names([owner]))) }
            if let due = c.due { lines.append(field("Due", due.description)) }
            if !c.description.isEmpty { lines.append(field("Description", safe(c.description))) }
            lines.append("Actions:")
            lines += state.actions(of: id).map { "  " + actionLine($0) }
            return lines.joined(separator: "\n")
        case .action:
            let a = state.actions[id]!
            var lines = ["Action \(id)", field("Title", safe(a.title)),
                         field("Path", state.path(of: a.commitmentID).map(safe).joined(separator: " › ")),
                         field("Done", a.doneOn.map { "yes, on \($0)" } ?? "no")]
            if let due = a.due { lines.append(field("Due", due.description + (a.isOverdue(on: today) ? " (overdue)" : ""))) }
            if !a.note.isEmpty { lines.append(field("Note", SafeText.escaped(a.note, keepNewlines: true))) }
            return lines.joined(separator: "\n")
        case .category:
            let c = state.categories[id]!
            let count = state.commitments.values.filter { $0.categoryID == id }.count
            return ["Category \(id)", field("Name", safe(c.name)), field("Commitments", "\(count)")].joined(separator: "\n")
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
