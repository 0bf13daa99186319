/// What sort of organisation a partner is.
public enum PartnerKind: String, CaseIterable, Codable, Sendable {
    case university
    case engineeringSchool = "engineering-school"
    case school
    case researchLab = "research-lab"
    case cluster
    case network
    case company
    case bank
    case accelerator
    case incubator
    case federation
    case territory
    case publicBody = "public-body"
    case funder
    case other

    /// A short human label ("engineering school").
    public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
