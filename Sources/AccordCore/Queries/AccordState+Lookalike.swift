extension AccordState {
    /// Another item that reads as the same as `id` (accents, case and spacing ignored): a
    /// partner with the same name, an agreement with the same title and signatories. Said
    /// after an add, since the same item added twice is a common slip.
    public func lookalike(of id: String) -> String? {
        if let partner = partners[id] {
            let name = Self.folded(partner.name)
            return sortedPartners.first { $0.id != id && Self.folded($0.name) == name }?.id
        }
        if let agreement = agreements[id] {
            let title = Self.folded(agreement.title)
            let signatories = Set(agreement.signatories)
            return sortedAgreements().first {
                $0.id != id && Set($0.signatories) == signatories && Self.folded($0.title) == title
            }?.id
        }
        return nil
    }

    private static func folded(_ text: String) -> String {
        TextFolding.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
