import AccordCore
import Foundation

/// The `--json` output shapes: stable, documented in docs/FORMAT.md.
enum JSONShapes {
    struct ProgressJSON: Encodable { var done, total: Int }

    struct PartnerJSON: Encodable {
        var id, name, shortName, kind, place, description: String
        var agreements: Int
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
    }

    struct CommitmentJSON: Encodable {
        var id, agreement, category, title, description: String
        var owner, due: String?
        var progress: ProgressJSON
    }

    struct ActionJSON: Encodable {
        var id, commitment, agreement, title: String
        var done: Bool
        var doneOn, due: String?
        var note: String
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
                    description: p.description, agreements: agreements)
    }

    static func agreement(_ a: Agreement, in state: AccordState, today: Day) -> AgreementJSON {
        let progress = state.progress(ofAgreement: a.id)
        let standing = AgreementStanding(a, state: state, today: today)
        return AgreementJSON(id: a.id, title: a.title, signatories: a.signatories, associates: a.associates,
                             signed: a.signed?.description, endDate: a.currentEnd(on: today)?.description, termYears: a.termYears,
                             status: a.status.rawValue, standing: standing.key(of: a), daysLeft: standing.daysLeft,
                             summary: a.summary, source: a.source,
                             progress: ProgressJSON(done: progress.done, total: progress.total))
    }

    static func commitment(_ c: Commitment, in state: AccordState) -> CommitmentJSON {
        let progress = state.progress(ofCommitment: c.id)
        return CommitmentJSON(id: c.id, agreement: c.agreementID, category: c.categoryID, title: c.title,
                              description: c.description, owner: c.ownerID, due: c.due?.description,
                              progress: ProgressJSON(done: progress.done, total: progress.total))
    }

    static func action(_ a: Action, in state: AccordState) -> ActionJSON {
        ActionJSON(id: a.id, commitment: a.commitmentID, agreement: state.agreementID(containing: a.id) ?? "",
                   title: a.title, done: a.isDone, doneOn: a.doneOn?.description, due: a.due?.description, note: a.note)
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
