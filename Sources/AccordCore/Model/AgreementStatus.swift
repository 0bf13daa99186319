/// Where an agreement stands, as recorded by a person.
///
/// Expiry is not a status: it is computed from the end date (see `Agreement.endDate`).
public enum AgreementStatus: String, CaseIterable, Codable, Sendable {
    /// Announced or being negotiated, not signed yet.
    case planned
    /// Signed and running.
    case active
    /// Signed again for a new term.
    case renewed
    /// Terminated or not renewed.
    case ended
}
