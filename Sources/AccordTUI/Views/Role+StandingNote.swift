import AccordCore

extension Role {
    /// How an agreement's note is drawn: late in the overdue colour, expired dimmed, ending soon in its own.
    init(note: AgreementStanding.Note) {
        switch note {
        case .late: self = .overdue
        case .expired: self = .dim
        case .endsIn: self = .expiringSoon
        }
    }
}
