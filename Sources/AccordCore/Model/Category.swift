/// A kind of commitment: internships, joint training, incubator …
public struct Category: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var rank: Int

    public init(id: String, name: String, rank: Int = 0) {
        self.id = id
        self.name = name
        self.rank = rank
    }

    /// The categories every data set has; a data file can add its own.
    public static let builtIn: [Category] = [
        ("internships", "Internships"),
        ("joint-training", "Joint training"),
        ("work-study", "Apprenticeship & work-study"),
        ("incubator", "Incubator"),
        ("entrepreneurship", "Entrepreneurship support"),
        ("research-transfer", "Research & technology transfer"),
        ("recruitment-events", "Recruitment events"),
        ("disability-inclusion", "Disability inclusion"),
        ("student-life", "Student life"),
        ("outreach", "Outreach to pupils & students"),
        ("governance", "Governance"),
    ].enumerated().map { Category(id: $1.0, name: $1.1, rank: $0) }
}
