/// What an export walks: the state, or generated data that is never held whole.
///
/// Each walk may run more than once (JSON writes agreements before partners, as its
/// keys are sorted), and must give the same items in the same order each time.
public protocol ExportSource {
    /// The categories beyond the built-in ones (every data set has those), in order.
    var addedCategories: [Category] { get }
    /// Calls `body` with each partner, in order.
    func forEachPartner(_ body: (Partner) throws -> Void) throws
    /// Calls `body` with each agreement and its checklist, in order.
    func forEachAgreement(_ body: (AgreementChecklist) throws -> Void) throws
}

/// An agreement with its commitments, each with its actions, in order.
public struct AgreementChecklist {
    public var agreement: Agreement
    public var commitments: [(commitment: Commitment, actions: [Action])]

    public init(agreement: Agreement, commitments: [(commitment: Commitment, actions: [Action])]) {
        self.agreement = agreement
        self.commitments = commitments
    }
}

extension AccordState: ExportSource {
    public var addedCategories: [Category] {
        let builtIn = Set(Category.builtIn.map(\.id))
        return sortedCategories.filter { !builtIn.contains($0.id) }
    }

    public func forEachPartner(_ body: (Partner) throws -> Void) throws {
        for partner in sortedPartners { try body(partner) }
    }

    public func forEachAgreement(_ body: (AgreementChecklist) throws -> Void) throws {
        for agreement in sortedAgreements() {
            try body(AgreementChecklist(agreement: agreement,
                                        commitments: commitments(of: agreement.id).map { ($0, actions(of: $0.id)) }))
        }
    }
}
