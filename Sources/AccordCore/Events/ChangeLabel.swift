/// What a change did, as a record keeps it: a verb, the kind of item, its title at the time and
/// a detail — never a sentence. The sentence ("Ticked 'X'", « Coché « X » ») is made when it is
/// shown, in the reader's language (`phrased(for:)`), so a French reader of an English
/// colleague's records reads French.
public struct ChangeLabel: Hashable, Sendable {
    public enum Verb: String, CaseIterable, Sendable {
        case added, edited, deleted, noted, ticked, unticked, renewed, tookBack, keptCurrent, imported, carriedOver, lostToDamage,
             loadedSamples, generated
    }

    public var verb: Verb
    /// The kind of item it is about (added, edited, deleted).
    public var kind: ItemKind?
    /// The item's title when the change was made; the file's name for an import.
    public var title: String
    /// What else the sentence names: how many actions were ticked (when several), the fields
    /// taken back, the conflict kept, the items imported (`ItemCounts.encoded`), the record lost
    /// to damage.
    public var detail: String?

    public init(_ verb: Verb, kind: ItemKind? = nil, title: String = "", detail: String? = nil) {
        self.verb = verb
        self.kind = kind
        self.title = title
        self.detail = detail
    }

    /// The sentence in the current language.
    public var phrased: String {
        let words = Phrases.core
        switch verb {
        case .added: return words.added(["kind": kind?.inLabel ?? "", "title": title])
        case .edited: return words.edited(["kind": kind?.inLabel ?? "", "title": title])
        case .deleted: return words.deleted(["kind": kind?.inLabel ?? "", "title": title])
        case .noted: return words.noted(["title": title])
        case .ticked:
            if let count = detail.flatMap(Int.init), count > 1 { return words.tickedSeveral(count) }
            return words.ticked(["title": title])
        case .unticked: return words.unticked(["title": title])
        case .renewed: return words.renewedLabel(["title": title])
        case .tookBack: return words.tookBack(["what": words.fieldsOfItem(["fields": detail ?? "", "id": title])])
        case .keptCurrent: return words.keptCurrent(["id": title, "conflict": detail ?? ""])
        case .imported:
            return Phrases.importing.imported(["file": title, "summary": ItemCounts(encoded: detail ?? "").description])
        case .carriedOver: return Phrases.journal.carriedOver.text
        case .lostToDamage: return Phrases.journal.lostToDamage(["seq": detail ?? ""])
        case .loadedSamples: return words.loadedSamples.text
        case .generated: return words.generatedLabel(Int(title) ?? 0, ["seed": detail ?? ""])
        }
    }
}
