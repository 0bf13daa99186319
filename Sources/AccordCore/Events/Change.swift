/// One user-visible change: one or more events that apply, undo and redo as a unit.
public struct Change: Hashable, Sendable {
    /// What the change did, in words ("Ticked 'Publish internship offers'").
    public var label: String
    public var events: [Event]

    public init(label: String, events: [Event]) {
        self.label = label
        self.events = events
    }

    /// The ids of the items its events are about.
    public var itemIDs: Set<String> { Set(events.map(\.itemID)) }
}
