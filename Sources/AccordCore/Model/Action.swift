/// A concrete step of a commitment, ticked off when done.
public struct Action: Hashable, Sendable, Identifiable {
    public var id: String
    public var commitmentID: String
    public var title: String
    /// The day it was done; nil while open.
    public var doneOn: Day?
    public var note: String
    public var due: Day?
    public var rank: Int
    /// How the action recurs; nil for a one-off. A recurring action is a series: its `due` is
    /// its first occurrence not done yet (kept by the reducer), and each occurrence is ticked
    /// as an instance of its own (see `AccordState.instanceID(of:on:)`).
    public var repeats: Recurrence? {
        get { boxedRepeats?.unboxed }
        set { boxedRepeats = newValue.map(Boxed.value) }
    }
    /// The series this action is a done occurrence of; nil for any other action.
    public var seriesID: String? {
        get { boxedSeriesID?.unboxed }
        set { boxedSeriesID = newValue.map(Boxed.value) }
    }
    /// Documents about the action (the minutes of a meeting).
    public var links: [ItemLink] = []
    // Rarely set, so kept a pointer wide each: a hundred thousand actions pay 16 bytes each
    // for them, not 40.
    private var boxedRepeats: Boxed<Recurrence>?
    private var boxedSeriesID: Boxed<String>?

    public init(id: String, commitmentID: String, title: String, doneOn: Day? = nil,
                note: String = "", due: Day? = nil, rank: Int = 0) {
        self.id = id
        self.commitmentID = commitmentID
        self.title = title
        self.doneOn = doneOn
        self.note = note
        self.due = due
        self.rank = rank
    }

    public var isDone: Bool { doneOn != nil }

    /// Open and due before `today`.
    public func isOverdue(on today: Day) -> Bool {
        guard !isDone, let due else { return false }
        return due < today
    }
}
