/// Something an agreement commits its partners to, checked off through actions.
public struct Commitment: Hashable, Sendable, Identifiable {
    public var id: String
    public var agreementID: String
    public var categoryID: String
    public var title: String
    public var description: String
    /// The partner in charge, when one is named.
    public var ownerID: String?
    public var due: Day?
    public var rank: Int
    /// How the commitment recurs (a yearly review board); nil for a one-off.
    public var repeats: Recurrence? {
        get { boxedRepeats?.unboxed }
        set { boxedRepeats = newValue.map(Boxed.value) }
    }
    /// Rarely set: kept a pointer wide.
    private var boxedRepeats: Boxed<Recurrence>?
    /// Documents about the commitment.
    public var links: [ItemLink] = []

    public init(id: String, agreementID: String, categoryID: String, title: String,
                description: String = "", ownerID: String? = nil, due: Day? = nil, rank: Int = 0) {
        self.id = id
        self.agreementID = agreementID
        self.categoryID = categoryID
        self.title = title
        self.description = description
        self.ownerID = ownerID
        self.due = due
        self.rank = rank
    }

    /// Past its due day with actions still open, or with none yet: the one rule for a late commitment.
    /// A recurring commitment is never late as a whole: its actions are.
    public func isOverdue(progress: Progress, on today: Day) -> Bool {
        guard repeats == nil, let due, due < today else { return false }
        return progress.isUnfinished
    }
}
