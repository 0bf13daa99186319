import AccordCore
import Foundation

/// The `--json` output shapes: stable, documented in docs/FORMAT.md.
enum JSONShapes {
    struct ProgressJSON: Encodable { var done, total: Int }

    struct LinkJSON: Encodable { var target, label: String }

    struct PartnerJSON: Encodable {
        var id, name, shortName, kind, place, description: String
        var agreements: Int
        var links: [LinkJSON]?
    }

    struct AgreementJSON: Encodable {
        var id, title: String
        var signatories, associates: [String]
        var signed, endDate: String?
        var termYears: Int?
        /// As recorded: planned, active, renewed or ended.
        var status: String
        /// As of today: expired, expiring (within 90 days), else the status.
        var standing: String
        /// Days to the end date of a running agreement with a term (negative once expired).
        var daysLeft: Int?
        var summary, source: String
        var progress: ProgressJSON
        /// Months of notice, and the last day to give it before the running term ends.
        var noticeMonths: Int?
        var noticeBy: String?
        /// Years of each tacit renewal.
        var renewalYears: Int?
        var links: [LinkJSON]?
    }

    struct CommitmentJSON: Encodable {
        var id, agreement, category, title, description: String
        var owner, due: String?
        var progress: ProgressJSON
        var repeats: String?
        var links: [LinkJSON]?
    }

    struct ActionJSON: Encodable {
        var id, commitment, agreement, title: String
        var done: Bool
        var doneOn, due: String?
        var note: String
        /// The rule of a series; the series of a done occurrence.
        var repeats, series: String?
        var links: [LinkJSON]?
    }

    struct CategoryJSON: Encodable {
        var id, name: String
        var rank: Int
    }

    static func category(_ c: AccordCore.Category) -> CategoryJSON {
        CategoryJSON(id: c.id, name: c.name, rank: c.rank)
    }

    /// `agreements` is the partner's count from `AccordState.agreementCountsByPartner()`.
    static func partner(_ p: Partner, agreements: Int) -> PartnerJSON {
        PartnerJSON(id: p.id, name: p.name, shortName: p.shortName, kind: p.kind.rawValue, place: p.place,
                    description: p.description, agreements: agreements, links: links(p.links))
    }

    static func agreement(_ a: Agreement, in state: AccordState, today: Day) -> AgreementJSON {
        let progress = state.progress(ofAgreement: a.id)
        let standing = AgreementStanding(a, state: state, today: today)
        return AgreementJSON(id: a.id, title: a.title, signatories: a.signatories, associates: a.associates,
                             signed: a.signed?.description, endDate: a.currentEnd(on: today)?.description, termYears: a.termYears,
                             status: a.status.rawValue, standing: standing.key(of: a), daysLeft: standing.daysLeft,
                             summary: a.summary, source: a.source,
                             progress: ProgressJSON(done: progress.done, total: progress.total),
                             noticeMonths: a.noticeMonths, noticeBy: a.noticeDate(on: today)?.description,
                             renewalYears: a.renewalYears, links: links(a.links))
    }

    static func commitment(_ c: Commitment, in state: AccordState) -> CommitmentJSON {
        let progress = state.progress(ofCommitment: c.id)
        return CommitmentJSON(id: c.id, agreement: c.agreementID, category: c.categoryID, title: c.title,
                              description: c.description, owner: c.ownerID, due: c.due?.description,
                              progress: ProgressJSON(done: progress.done, total: progress.total),
                              repeats: c.repeats?.text, links: links(c.links))
    }

    static func action(_ a: Action, in state: AccordState) -> ActionJSON {
        ActionJSON(id: a.id, commitment: a.commitmentID, agreement: state.agreementID(containing: a.id) ?? "",
                   title: a.title, done: a.isDone, doneOn: a.doneOn?.description, due: a.due?.description, note: a.note,
                   repeats: a.repeats?.text, series: a.seriesID, links: links(a.links))
    }

    /// Links, left out when there are none.
    private static func links(_ links: [ItemLink]) -> [LinkJSON]? {
        links.isEmpty ? nil : links.map { LinkJSON(target: $0.target, label: $0.label) }
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Foundation writes an empty list as "[", a blank line, "]": write "[]" (JSON text holds
        // no raw line break inside a string, so only lists match).
        return text.replacingOccurrences(of: #"\[\n\s*\n\s*\]"#, with: "[]", options: .regularExpression)
    }
}
