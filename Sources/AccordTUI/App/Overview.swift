import AccordCore

/// The overview screen (`o`): totals, progress per agreement and per category,
/// overdue actions, agreements ending soon, and the last changes — each line
/// that names an item can be selected and opened with Enter.
public struct Overview: Hashable, Sendable {
    /// One line of the overview.
    public struct Line: Hashable, Sendable {
        public enum Content: Hashable, Sendable {
            case blank
            case heading(String)
            case text(String, Role)
            /// A label, a progress bar with done/total, and a note after it ("!2 late").
            case progress(String, Progress, note: String, noteRole: Role)
        }

        public let content: Content
        /// The item Enter opens; nil for lines that cannot be selected.
        public let itemID: String?

        public init(_ content: Content, itemID: String? = nil) {
            self.content = content
            self.itemID = itemID
        }
    }

    /// A past change, for "Last changes".
    public struct RecentChange: Hashable, Sendable {
        public var when: String
        public var label: String
        public var itemID: String?

        public init(when: String, label: String, itemID: String?) {
            self.when = when
            self.label = label
            self.itemID = itemID
        }
    }

    public let lines: [Line]
    /// Index into `lines` of the selected line (one with an item), if any.
    public internal(set) var selection: Int?
    public internal(set) var scroll = 0

    public init(state: AccordState, today: Day, recent: [RecentChange]) {
        var lines: [Line] = []
        // One pass over the actions counts everything (per-agreement queries would walk them again and again).
        var byCommitment = [String: Progress](minimumCapacity: state.commitments.count)
        var overdueByCommitment: [String: Int] = [:]
        var overdue: [Action] = []
        // Read in place (an action is copied only when it is overdue), one lookup per action.
        let actions = state.actions.values
        for index in actions.indices {
            byCommitment[actions[index].commitmentID, default: Progress()].add(Progress(done: actions[index].isDone ? 1 : 0, total: 1))
            if actions[index].isOverdue(on: today) {
                overdue.append(actions[index])
                overdueByCommitment[actions[index].commitmentID, default: 0] += 1
            }
        }
        overdue.sort { ($0.due!, $0.rank) < ($1.due!, $1.rank) }
        var byAgreement: [String: Progress] = [:]
        var overdueByAgreement: [String: Int] = [:]
        var byCategory: [String: Progress] = [:]
        var lateCommitments: [Commitment] = []
        byAgreement.reserveCapacity(state.agreements.count)
        for commitment in state.commitments.values {
            let progress = byCommitment[commitment.id] ?? Progress()
            byAgreement[commitment.agreementID, default: Progress()].add(progress)
            byCategory[commitment.categoryID, default: Progress()].add(progress)
            overdueByAgreement[commitment.agreementID, default: 0] += overdueByCommitment[commitment.id] ?? 0
            if let due = commitment.due, due < today, progress.total == 0 || progress.done < progress.total {
                lateCommitments.append(commitment)
            }
        }
        lateCommitments.sort { ($0.due!, $0.rank) < ($1.due!, $1.rank) }
        let agreements = state.sortedAgreements()
        let standings = agreements.map {
            AgreementStanding($0, progress: byAgreement[$0.id] ?? Progress(), overdueCount: overdueByAgreement[$0.id] ?? 0, today: today)
        }
        let total = standings.reduce(Progress()) { $0 + $1.progress }
        let ending = zip(agreements, standings).filter { $0.1.expiringSoon || $0.1.expired }
            .sorted { ($0.1.daysLeft ?? 0, $0.0.rank) < ($1.1.daysLeft ?? 0, $1.0.rank) }

        lines.append(Line(.heading("Totals")))
        lines.append(Line(.text("\(agreements.count) agreements · \(state.partners.count) partners · "
                                + "\(state.commitments.count) commitments · \(state.actions.count) actions", .normal)))
        lines.append(Line(.progress("All actions", total, note: "", noteRole: .normal)))
        let expiredCount = ending.filter { $0.1.expired }.count
        lines.append(Line(.text("\(overdue.count) overdue action\(overdue.count == 1 ? "" : "s") · "
                                + "\(lateCommitments.count) overdue commitment\(lateCommitments.count == 1 ? "" : "s") · "
                                + "\(ending.count - expiredCount) ending within \(AgreementStanding.expiringSoonDays) days · "
                                + "\(expiredCount) expired", overdue.isEmpty && ending.isEmpty ? .dim : .overdue)))

        lines.append(Line(.blank))
        lines.append(Line(.heading("Agreements (\(agreements.count))")))
        for (agreement, standing) in zip(agreements, standings) {
            let note = standing.listNote ?? ("", .normal)
            lines.append(Line(.progress(agreement.title, standing.progress, note: note.text, noteRole: note.role), itemID: agreement.id))
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading("Categories")))
        for category in state.sortedCategories {
            guard let progress = byCategory[category.id] else { continue }
            lines.append(Line(.progress(category.name, progress, note: "", noteRole: .normal)))
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading("Overdue (\(overdue.count + lateCommitments.count))")))
        if overdue.isEmpty && lateCommitments.isEmpty { lines.append(Line(.text("Nothing is overdue.", .dim))) }
        for commitment in lateCommitments {
            let agreement = state.agreements[commitment.agreementID]?.title ?? ""
            let progress = byCommitment[commitment.id] ?? Progress()
            lines.append(Line(.text("! \(commitment.due!)  \(commitment.title) (\(progress.done)/\(progress.total)) — \(agreement)", .overdue),
                              itemID: commitment.id))
        }
        for action in overdue {
            let agreement = state.agreementID(containing: action.id).flatMap { state.agreements[$0]?.title } ?? ""
            lines.append(Line(.text("! \(action.due!)  \(action.title) — \(agreement)", .overdue), itemID: action.id))
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading("Ending within \(AgreementStanding.expiringSoonDays) days, or expired (\(ending.count))")))
        if ending.isEmpty { lines.append(Line(.text("No agreement ends soon.", .dim))) }
        for (agreement, standing) in ending {
            let when = standing.expired ? "expired" : "ends in \(standing.daysLeft ?? 0)d"
            lines.append(Line(.text("◷ \(agreement.endDate.map(String.init(describing:)) ?? "")  \(agreement.title) (\(when))",
                                    standing.expired ? .dim : .expiringSoon), itemID: agreement.id))
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading("Last changes")))
        if recent.isEmpty { lines.append(Line(.text("No change yet.", .dim))) }
        for change in recent {
            let known = change.itemID.flatMap { state.kind(of: $0) == nil ? nil : $0 }
            lines.append(Line(.text("\(change.when)  \(change.label)", .normal), itemID: known))
        }
        self.lines = lines
        selection = lines.firstIndex { $0.itemID != nil }
    }

    /// The item of the selected line.
    public var selectedItemID: String? { selection.flatMap { lines[$0].itemID } }

    /// Moves the selection to the next (or previous) line with an item, `steps` times.
    mutating func move(by steps: Int) {
        guard var index = selection else { return }
        let direction = steps >= 0 ? 1 : -1
        for _ in 0..<abs(steps) {
            var next = index + direction
            while next >= 0, next < lines.count, lines[next].itemID == nil { next += direction }
            guard next >= 0, next < lines.count else { break }
            index = next
        }
        selection = index
    }

    /// Selects the first (or last) line with an item.
    mutating func moveToEnd(last: Bool) {
        selection = last ? lines.lastIndex { $0.itemID != nil } : lines.firstIndex { $0.itemID != nil }
        if !last { scroll = 0 }
    }

    /// Keeps the selection inside `visible` lines.
    mutating func clamp(visible: Int) {
        let anchor = selection ?? 0
        if anchor < scroll { scroll = anchor }
        if anchor >= scroll + visible { scroll = anchor - visible + 1 }
        scroll = max(0, min(scroll, max(0, lines.count - visible)))
        if let selection, selection < scroll { scroll = selection }
    }
}
