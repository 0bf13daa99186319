/// One user-visible change: one or more events that apply, undo and redo as a unit.
public struct Change: Hashable, Sendable {
    /// What the change did, as the records this version writes keep it: phrased when shown.
    public var what: ChangeLabel?
    /// The sentence a record written before version 3 carries (or a free text: a generator's).
    public var text: String
    public var events: [Event]

    /// A change described by `label` as it is (records before version 3, free texts).
    public init(label: String, events: [Event]) {
        self.text = label
        self.events = events
    }

    /// A change described by `what`, phrased in the reader's language when shown.
    public init(_ what: ChangeLabel, events: [Event]) {
        self.what = what
        self.text = ""
        self.events = events
    }

    /// What the change did, in words, in the current language ("Ticked 'Publish internship offers'").
    public var label: String { what?.phrased ?? text }

    /// The same description for other events (an inverse, a part of a group).
    public func describing(_ events: [Event]) -> Change {
        var change = self
        change.events = events
        return change
    }

    /// The ids of the items its events are about.
    public var itemIDs: Set<String> { Set(events.map(\.itemID)) }
}
