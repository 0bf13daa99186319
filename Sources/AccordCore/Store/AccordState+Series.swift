/// Recurring actions (series) and their occurrences.
///
/// A series is an action with a rule (`Action.repeats`). Its occurrences are virtual until one is
/// ticked: ticking `SERIES-YYYY-MM-DD` creates that occurrence as a done action of its own
/// (`seriesID` set), and unticking it removes it again. An occurrence's id is the series id and
/// its date, never a counter, so two copies of the data name the same occurrence alike and their
/// ticks merge as ticks of one action. The series' own `due` is its first occurrence not done,
/// kept here after every change to it or to one of its occurrences.
extension AccordState {
    /// The id of the occurrence of `seriesID` on `day`: `uo-report-2026-06-30`.
    public static func instanceID(of seriesID: String, on day: Day) -> String {
        "\(seriesID)-\(day)"
    }

    /// The longest id a series may have, so that its occurrences' ids stay within `ItemID.maximumLength`.
    public static let longestSeriesID = ItemID.maximumLength - 11

    /// The series and day an id names when it is an occurrence of a recurring action here.
    public func occurrence(named id: String) -> (series: Action, day: Day)? {
        let utf8 = id.utf8
        guard utf8.count > 11 else { return nil }
        let dateStart = utf8.index(utf8.endIndex, offsetBy: -10)
        let dash = utf8.index(before: dateStart)
        guard utf8[dash] == UInt8(ascii: "-"), let day = Day(String(id[dateStart...])),
              let series = actions[String(id[..<dash])], let rule = series.repeats, rule.occurs(on: day) else { return nil }
        return (series, day)
    }

    /// The occurrence `id` names as an open action, when it is one of a series here and not done.
    func openOccurrence(named id: String) -> Action? {
        guard actions[id] == nil, let (series, day) = occurrence(named: id) else { return nil }
        var instance = Action(id: id, commitmentID: series.commitmentID, title: series.title, due: day, rank: series.rank)
        instance.seriesID = series.id
        return instance
    }

    /// How a change's label names action `id`: its title, with the date for an occurrence of a
    /// series ("Bilan (2026-06-30)"); the id itself when nothing has it.
    func actionTitle(of id: String) -> String {
        if let action = actions[id] {
            guard action.seriesID != nil, let due = action.due else { return action.title }
            return Phrases.core.occurrenceTitle(["title": action.title, "day": due])
        }
        guard let (series, day) = occurrence(named: id) else { return id }
        return Phrases.core.occurrenceTitle(["title": series.title, "day": day])
    }

    /// The done occurrences of a series, oldest first (an occurrence edited open again is not one).
    public func doneOccurrences(of series: Action) -> [Action] {
        (actionIDsByCommitment[series.commitmentID] ?? []).compactMap { id in
            actions[id].flatMap { $0.seriesID == series.id && $0.isDone ? $0 : nil }
        }.sorted { ($0.due ?? $0.doneOn!) < ($1.due ?? $1.doneOn!) }
    }

    /// Sets the series' `due` to its first occurrence not done (nil when none is left), after a
    /// change to `action`: the series itself or one of its occurrences. Does nothing for any other
    /// action. Only `due` is kept so: a series is never done itself (its occurrences are), so
    /// that what an event says of `doneOn` is what the state holds.
    mutating func refreshSeries(of action: Action) {
        guard let seriesID = action.repeats != nil ? action.id : action.seriesID,
              var series = actions[seriesID], let rule = series.repeats else { return }
        var index = 0
        while let day = rule.occurrence(index), actions[Self.instanceID(of: seriesID, on: day)]?.doneOn != nil { index += 1 }
        series.due = rule.occurrence(index)
        actions[seriesID] = series
    }
}
