extension ImportDocument {
    /// The one change that adds everything in the file to `state`, checked
    /// against it: all of the file, or nothing and an error naming the line. Unchecked, the
    /// store checks it as it applies it (once, not twice: `accord import`), and `problem(in:)`
    /// names the line when it refuses it.
    public func change(for state: AccordState, label: ChangeLabel? = nil, checked: Bool = true) throws(ImportError) -> Change {
        var rank = state.nextRank
        func next() -> Int { defer { rank += 1 }; return rank }
        var events: [Event] = []
        events += categories.map { var c = $0; c.rank = next(); return .categoryCreated(c) }
        events += partners.map { var p = $0; p.rank = next(); return .partnerCreated(p) }
        events += agreements.map { var a = $0; a.rank = next(); return .agreementCreated(a) }
        events += commitments.map { var c = $0; c.rank = next(); return .commitmentCreated(c) }
        events += actions.map { var a = $0; a.rank = next(); return .actionCreated(a) }
        guard !events.isEmpty else {
            throw ImportError(file: file, line: 0, key: nil, problem: Phrases.importing.holdsNothing.text)
        }
        if checked { try check(events, against: state) }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        if let label { return Change(label, events: events) }
        let counts = ItemCounts(addedBy: Change(label: "", events: events))
        return Change(ChangeLabel(.imported, title: name, detail: counts.encoded), events: events)
    }

    /// Why the file's change cannot apply to `state`, naming the line; nil when it can.
    public func problem(in state: AccordState) -> ImportError? {
        do { _ = try change(for: state) } catch { return error }
        return nil
    }

    private func check(_ events: [Event], against state: AccordState) throws(ImportError) {
        var scratch = state
        scratch.reserveCapacity(forCreating: events)
        for event in events {
            do {
                try Reducer.apply(event, to: &scratch)
            } catch {
                throw ImportError(file: file, line: lines[event.itemID] ?? 0, key: nil, problem: error.description)
            }
        }
    }
}
