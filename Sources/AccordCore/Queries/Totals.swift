/// The counts a screen shows at all times — actions done of all, agreements, agreements
/// per partner — kept current record by record (`follow`), never recounted per change.
public struct Totals: Hashable, Sendable {
    /// Done and total actions over every agreement.
    public private(set) var actions = Progress()
    public private(set) var agreementCount = 0
    /// For each partner, how many agreements it signed or is associated with.
    public private(set) var agreementsByPartner: [String: Int] = [:]

    /// The counts of `state`, made once.
    public init(_ state: AccordState) {
        actions = Progress(done: state.actions.values.reduce(0) { $0 + ($1.isDone ? 1 : 0) }, total: state.actions.count)
        agreementCount = state.agreements.count
        agreementsByPartner = state.agreementCountsByPartner()
    }

    /// The counts of `state`, but `actions` counted elsewhere: `state` holds only some of them
    /// (the first screen, its counts kept in the cache).
    public init(_ state: AccordState, actions: Progress) {
        self.init(state)
        self.actions = actions
    }

    /// Brings the counts up to date with a committed record, from its events and their inverses.
    public mutating func follow(_ record: CommittedRecord) {
        for (event, inverse) in record.eventsWithInverses {
            switch (event, inverse) {
            case (.actionCreated(let action), _):
                actions.add(Progress(done: action.isDone ? 1 : 0, total: 1))
            case (.actionDeleted, .actionCreated(let old)):
                actions.add(Progress(done: old.isDone ? -1 : 0, total: -1))
            case (.actionUpdated(let new, let fields), .actionUpdated(let old, _)):
                let after = Action.schema.updated(old, to: new, fields: fields)
                actions.done += (after.isDone ? 1 : 0) - (old.isDone ? 1 : 0)
            // Ticking an occurrence of a recurring action makes it an action (its inverse deletes
            // it); unticking one removes it (its inverse creates it again).
            case (.actionTicked, .actionDeleted): actions.add(Progress(done: 1, total: 1))
            case (.actionUnticked, .actionCreated): actions.add(Progress(done: -1, total: -1))
            case (.actionTicked, _): actions.done += 1
            case (.actionUnticked, _): actions.done -= 1
            case (.agreementCreated(let agreement), _):
                count(agreement, by: 1)
            case (.agreementDeleted, .agreementCreated(let old)):
                count(old, by: -1)
            case (.agreementUpdated(let new, let fields), .agreementUpdated(let old, _)):
                count(old, by: -1)
                count(Agreement.schema.updated(old, to: new, fields: fields), by: 1)
            default: break
            }
        }
    }

    private mutating func count(_ agreement: Agreement, by step: Int) {
        agreementCount += step
        for partner in Set(agreement.allPartners) {
            let count = agreementsByPartner[partner, default: 0] + step
            agreementsByPartner[partner] = count == 0 ? nil : count
        }
    }
}
