/// One dated thing to do or to decide: an action or commitment falling due, the last day to give
/// notice on an agreement, or its end.
public struct Deadline: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// An open action's due day (an occurrence of a recurring action included).
        case action
        /// A commitment's due day, or an occurrence of a recurring commitment.
        case commitment
        /// The last day to give notice before an agreement's term ends.
        case notice
        /// The end of an agreement's running term.
        case end
    }

    public let day: Day
    public let kind: Kind
    /// The item to open: an action, an occurrence (`series-YYYY-MM-DD`), a commitment or an agreement.
    public let itemID: String
    public let title: String
    /// The agreement the deadline belongs to.
    public let agreementID: String
    /// The day reminders start: a deadline is pressing from then on, however far its day.
    public let remindFrom: Day
    /// The rule of a recurring item (its occurrences share it).
    public let repeats: Recurrence?

    public init(day: Day, kind: Kind, itemID: String, title: String, agreementID: String,
                remindFrom: Day? = nil, repeats: Recurrence? = nil) {
        self.day = day
        self.kind = kind
        self.itemID = itemID
        self.title = title
        self.agreementID = agreementID
        self.remindFrom = remindFrom ?? day
        self.repeats = repeats
    }

    /// Before `today` and not done (deadlines are only made for what is still open).
    public func isOverdue(on today: Day) -> Bool { day < today }
}

extension AccordState {
    /// Every open deadline up to `last`: open actions and commitments due by then (overdue ones
    /// whatever their day), each occurrence of a recurring action or commitment from `today` to
    /// `last`, and for running agreements the notice date and the end of the running term when they
    /// fall from `today` to `last` or their reminders have started; an agreement past its end
    /// without tacit renewal is listed on its end, overdue, until it is renewed or marked ended.
    /// Sorted by day, then kind, then id (ids are ASCII: fast to compare).
    public func deadlines(through last: Day, today: Day) -> [Deadline] {
        unsortedDeadlines(through: last, today: today)
            .sorted { ($0.day, $0.kind.order, $0.itemID) < ($1.day, $1.kind.order, $1.itemID) }
    }

    /// The deadlines of `deadlines(through:today:)` in no order.
    func unsortedDeadlines(through last: Day, today: Day) -> [Deadline] {
        var found: [Deadline] = []
        visitDeadlines(through: last, today: today) { _, make in found.append(make()) }
        return found
    }

    /// Calls `visit` with the day of each deadline of `deadlines(through:today:)` and a function
    /// that makes it: counting them (the overview's agenda line) makes none. Actions are read in
    /// place, one property at a time (a hundred thousand are walked on each count).
    func visitDeadlines(through last: Day, today: Day, _ visit: (Day, () -> Deadline) -> Void) {
        let values = actions.values
        for index in values.indices {
            guard values[index].doneOn == nil, let due = values[index].due else { continue }
            func make(_ day: Day, _ action: Action) -> Deadline {
                let agreementID = commitments[action.commitmentID]?.agreementID ?? ""
                guard let rule = action.repeats else {
                    return Deadline(day: day, kind: .action, itemID: action.id, title: action.title, agreementID: agreementID)
                }
                return Deadline(day: day, kind: .action, itemID: AccordState.instanceID(of: action.id, on: day),
                                title: action.title, agreementID: agreementID, repeats: rule)
            }
            if let rule = values[index].repeats {
                // The first open occurrence (overdue or not), then the ones to come up to `last`.
                let later = rule.occurrences(from: max(today, due.adding(days: 1)), through: last)
                for day in [due] + later where day <= last { visit(day) { make(day, values[index]) } }
            } else if due <= last {
                visit(due) { make(due, values[index]) }
            }
        }
        for commitment in commitments.values {
            if let rule = commitment.repeats {
                for day in rule.occurrences(from: today, through: last) {
                    visit(day) {
                        Deadline(day: day, kind: .commitment, itemID: commitment.id, title: commitment.title,
                                 agreementID: commitment.agreementID, repeats: rule)
                    }
                }
            } else if let due = commitment.due, due <= last, isUnfinished(commitment: commitment.id) {
                visit(due) {
                    Deadline(day: due, kind: .commitment, itemID: commitment.id, title: commitment.title, agreementID: commitment.agreementID)
                }
            }
        }
        for agreement in agreements.values where agreement.isRunning {
            guard let end = agreement.currentEnd(on: today) else { continue }
            let endReminder = end.adding(days: -Agreement.endReminderDays.max()!)
            if end >= today ? (end <= last || endReminder <= today) : agreement.renewalYears == nil {
                visit(end) {
                    Deadline(day: end, kind: .end, itemID: agreement.id, title: agreement.title, agreementID: agreement.id,
                             remindFrom: endReminder)
                }
            }
            if let notice = agreement.noticeDate(on: today), notice >= today {
                let noticeReminder = notice.adding(days: -Agreement.noticeReminderDays.max()!)
                if notice <= last || noticeReminder <= today {
                    visit(notice) {
                        Deadline(day: notice, kind: .notice, itemID: agreement.id, title: agreement.title, agreementID: agreement.id,
                                 remindFrom: noticeReminder)
                    }
                }
            }
        }
    }
}

extension Deadline.Kind {
    /// Order within a day: decisions on agreements first.
    var order: Int {
        switch self {
        case .notice: return 0
        case .end: return 1
        case .commitment: return 2
        case .action: return 3
        }
    }
}
