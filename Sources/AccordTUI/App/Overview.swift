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
        /// The conflict the line shows (T takes it back, X dismisses it).
        public let conflictID: String?
        /// True for the line whose Enter opens the agenda (the overview's agenda counts).
        public let opensAgenda: Bool

        public init(_ content: Content, itemID: String? = nil, conflictID: String? = nil, opensAgenda: Bool = false) {
            self.content = content
            self.itemID = opensAgenda ? "" : itemID
            self.conflictID = conflictID
            self.opensAgenda = opensAgenda
        }
    }

    /// Which screen the lines make: the overview (`o`) or the agenda (`D`).
    public enum Screen: Hashable, Sendable {
        case summary, agenda
    }

    public let lines: [Line]
    public let screen: Screen
    /// Index into `lines` of the selected line (one with an item), if any.
    public internal(set) var selection: Int?
    public internal(set) var scroll = 0

    /// The overview of `summary`; `recent` newest first; `isKnown` tells which ids still name an item.
    public init(_ summary: PortfolioSummary, partnerCount: Int, commitmentCount: Int, actionCount: Int,
                recent: [RecentChange], isKnown: (String) -> Bool, team: TeamInfo = TeamInfo(), agenda: [Agenda.Period: Int]? = nil) {
        var lines: [Line] = []
        let overdue = summary.overdueActions, late = summary.lateCommitments
        let expiredCount = summary.expiredCount
        let words = Phrases.dashboard
        lines.append(Line(.heading(words.totals.text)))
        lines.append(Line(.text("\(Phrases.model.countedAgreements(summary.agreements.count)) · \(Phrases.model.countedPartners(partnerCount)) · "
                                + "\(Phrases.model.countedCommitments(commitmentCount)) · \(Phrases.model.countedActions(actionCount))", .normal)))
        lines.append(Line(.progress(words.allActions.text, summary.total, note: "", noteRole: .normal)))
        // Short enough for 80 columns: "4 actions and 1 commitment overdue · 0 ending within 90 days · 2 expired".
        lines.append(Line(.text(words.overdueSummary(["actions": Phrases.model.countedActions(overdue.count), "commitments": Phrases.model.countedCommitments(late.count),
                                                      "ending": summary.ending.count - expiredCount, "days": AgreementStanding.expiringSoonDays,
                                                      "expired": expiredCount]),
                                overdue.isEmpty && summary.ending.isEmpty ? .dim : .overdue)))
        if let agenda {
            let overdue = agenda[.overdue] ?? 0
            lines.append(Line(.text(words.agendaCounts(["overdue": overdue, "week": agenda[.thisWeek] ?? 0,
                                                        "month": agenda[.thisMonth] ?? 0, "later": agenda[.nextThreeMonths] ?? 0]),
                                    overdue > 0 ? .overdue : .normal), opensAgenda: true))
        }

        if let sync = team.lastSync {
            lines.append(Line(.text(words.lastSync(["when": Timestamp.localMinute(sync.at), "summary": sync.summary(names: team.names)]), .dim)))
        }
        if let key = team.key {
            lines.append(Line(.text(words.replicaKey(["fingerprint": key.fingerprint]), .dim)))
        }
        if team.setAsideCount > 0 {
            lines.append(Line(.text("⚠ " + words.recordsSetAside(team.setAsideCount), .overdue)))
        }
        for clock in team.clocksAhead {
            lines.append(Line(.text("⚠ " + Phrases.core.clockAhead(["who": team.names.display(clock.replica), "ahead": clock.aheadDescription]), .overdue)))
        }
        if !team.conflicts.isEmpty {
            lines.append(Line(.blank))
            lines.append(Line(.heading(words.conflictsHeading(["n": team.conflicts.count]))))
            for conflict in team.conflicts {
                // A line that names a gone item still selects (for T and X); Enter then opens nothing.
                lines.append(Line(.text("≠ " + conflict.line(names: team.names), .overdue),
                                  itemID: isKnown(conflict.itemID) ? conflict.itemID : "", conflictID: conflict.id))
            }
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading(words.agreementsHeading(["n": summary.agreements.count]))))
        for line in summary.agreements {
            let note = line.standing.note
            lines.append(Line(.progress(line.agreement.title, line.standing.progress, note: note?.text ?? "",
                                        noteRole: note.map(Role.init(note:)) ?? .normal), itemID: line.agreement.id))
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading(words.categoriesHeading.text)))
        for line in summary.categories {
            lines.append(Line(.progress(line.category.displayName, line.progress, note: "", noteRole: .normal)))
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading(Phrases.core.overdueHeading(["n": overdue.count + late.count]))))
        if overdue.isEmpty && late.isEmpty { lines.append(Line(.text(words.nothingOverdue.text, .dim))) }
        // Commitments and actions in one list, oldest due day first (each list is sorted; merged here).
        // Dates in one column: French ones differ in width ("9 oct. 2026", "30 sept. 2022").
        let overdueDates = late.map { $0.commitment.due! } + overdue.map { $0.action.due! }
        // English dates are ISO, all ten columns: nothing to measure or pad. Others are
        // measured once a day (thousands of overdue lines share a few hundred days).
        let sameWidth = Language.current == .en
        var measured: [Day: (text: String, width: Int)] = [:]
        func dated(_ day: Day) -> (text: String, width: Int) {
            if let known = measured[day] { return known }
            let text = LocalFormat.date(day)
            measured[day] = (text, DisplayWidth.of(text))
            return measured[day]!
        }
        let overdueWidth = sameWidth ? 0 : overdueDates.map { dated($0).width }.max() ?? 0
        func column(_ day: Day?, _ width: Int) -> String {
            guard let day else { return String(repeating: " ", count: width) }
            if sameWidth { return day.description }
            let (text, used) = dated(day)
            return text + String(repeating: " ", count: max(0, width - used))
        }
        var overdueLines: [(due: Day, line: Line)] = late.map { item in
            let commitment = item.commitment
            return (commitment.due!, Line(.text("! \(column(commitment.due, overdueWidth))  \(commitment.title) (\(item.progress.done)/\(item.progress.total)) — "
                                                + summary.agreementTitle(commitment.agreementID), .overdue), itemID: commitment.id))
        }
        overdueLines += overdue.map { item in
            (item.action.due!, Line(.text("! \(column(item.action.due, overdueWidth))  \(item.action.title) — \(summary.agreementTitle(item.agreementID))",
                                          .overdue), itemID: item.action.id))
        }
        // A stable sort: on one day, commitments before actions, each in its order.
        lines += overdueLines.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element.line)

        lines.append(Line(.blank))
        lines.append(Line(.heading(words.endingHeading(["days": AgreementStanding.expiringSoonDays, "n": summary.ending.count]))))
        if summary.ending.isEmpty { lines.append(Line(.text(words.nothingEnding.text, .dim))) }
        let endingWidth = sameWidth ? 0 : summary.ending.compactMap { $0.agreement.currentEnd(on: summary.today).map { dated($0).width } }.max() ?? 0
        for line in summary.ending {
            let when = (line.standing.expired ? AgreementStanding.Note.expired : .endsIn(days: line.standing.daysLeft ?? 0)).text
            lines.append(Line(.text("◷ \(column(line.agreement.currentEnd(on: summary.today), endingWidth))  \(line.agreement.title) (\(when))",
                                    line.standing.expired ? .dim : .expiringSoon), itemID: line.agreement.id))
        }

        lines.append(Line(.blank))
        lines.append(Line(.heading(words.lastChanges.text)))
        if recent.isEmpty { lines.append(Line(.text(words.noChangeYet.text, .dim))) }
        for change in recent {
            lines.append(Line(.text("\(Timestamp.localMinute(change.at))  \(change.description)\(team.by(change.replica))", .normal),
                              itemID: change.itemID.flatMap { isKnown($0) ? $0 : nil }))
        }
        self.init(lines: lines)
    }

    /// A screen of these lines, the first line with an item selected.
    init(lines: [Line], screen: Screen = .summary) {
        self.lines = lines
        self.screen = screen
        // The agenda's line is reached with k: the first item starts selected.
        selection = lines.firstIndex { $0.itemID != nil && !$0.opensAgenda } ?? lines.firstIndex { $0.itemID != nil }
    }

    /// The item of the selected line.
    public var selectedItemID: String? { selection.flatMap { lines[$0].itemID }.flatMap { $0.isEmpty ? nil : $0 } }
    /// True when the selected line opens the agenda.
    public var selectionOpensAgenda: Bool { selection.map { lines[$0].opensAgenda } ?? false }
    /// The conflict of the selected line, when it shows one.
    public var selectedConflictID: String? { selection.flatMap { lines[$0].conflictID } }

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
