/// Deterministic, realistic data for benchmarks: agreements between
/// universities, schools, clusters and territories, with French and English
/// titles, commitments in every category, due dates, and about a third of
/// the actions done. About 10 actions per agreement.
public struct DataGenerator {
    public let agreements: Int
    public let seed: UInt64

    public init(agreements: Int, seed: UInt64 = 1) {
        self.agreements = max(1, agreements)
        self.seed = seed
    }

    static let places = ["Paris", "Lyon", "Nancy", "Metz", "Montpellier", "Alès", "Créteil", "Orsay", "Évry", "Lille",
                         "Toulouse", "Grenoble", "Rennes", "Nantes", "Settat", "Casablanca", "Bordeaux", "Strasbourg"]
    static let orgWords = ["Université", "École", "Institut", "Cluster", "Pôle", "Campus", "Réseau", "Agence", "Fédération",
                           "University", "School", "Network", "Alliance", "Centre", "Laboratoire", "Technopole"]
    static let topics = ["numérique", "optique", "chimie", "métallurgie", "santé", "énergie", "logistique", "digital",
                         "robotique", "matériaux", "eau", "climat", "mobilité", "innovation", "industrie", "data",
                         "photonics", "software", "biotech", "agritech", "aéronautique", "textile", "design", "finance"]
    static let verbs = ["Organiser", "Publier", "Lancer", "Suivre", "Créer", "Accompagner", "Évaluer", "Former", "Recruter",
                        "Launch", "Publish", "Review", "Host", "Train", "Design", "Mentor", "Présenter", "Ouvrir"]
    static let objects = ["les offres de stage", "un forum de recrutement", "l'incubateur commun", "des formations en alternance",
                          "la mission handicap", "un atelier entrepreneuriat", "le conseil de perfectionnement",
                          "internship offers", "a joint training programme", "the incubator", "a disability inclusion plan",
                          "une journée portes ouvertes", "les projets de transfert", "la vie étudiante", "student housing",
                          "a research seminar", "les actions lycéens", "the steering committee", "un hackathon",
                          "des bourses d'excellence"]
    static let kinds: [PartnerKind] = [.university, .engineeringSchool, .cluster, .company, .territory, .federation, .network, .funder]

    /// The change that creates everything (categories are the built-in ones).
    public func change(for state: AccordState = .withBuiltInCategories) -> Change {
        let partnerCount = max(4, agreements / 2 + 10)
        var events: [Event] = []
        events.reserveCapacity(agreements * 15 + partnerCount)
        walk(firstRank: state.nextRank, partner: { events.append(.partnerCreated($0)) }, agreement: { checklist in
            events.append(.agreementCreated(checklist.agreement))
            for (commitment, actions) in checklist.commitments {
                events.append(.commitmentCreated(commitment))
                events += actions.map { .actionCreated($0) }
            }
        })
        return Change(ChangeLabel(.generated, title: String(agreements), detail: String(seed)), events: events)
    }

    /// Makes the items in order — partners, then each agreement with its checklist — and
    /// hands each over as it is made: nothing is kept. With `partnersOnly`, stops after the
    /// partners. The same seed draws the same numbers in the same order, so every walk
    /// makes the same items.
    private func walk(firstRank: Int, partner: (Partner) throws -> Void,
                      agreement: (AgreementChecklist) throws -> Void, partnersOnly: Bool = false) rethrows {
        var random = SeededRandom(seed: seed)
        var rank = firstRank
        func next() -> Int { defer { rank += 1 }; return rank }
        func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }
        func day(_ from: Int, _ to: Int) -> Day {
            let year = from + Int(random.next() % UInt64(to - from + 1))
            return Day(year: year, month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))!
        }
        let categories = Category.builtIn.map(\.id)
        let partnerCount = max(4, agreements / 2 + 10)
        for p in 0..<partnerCount {
            let name = "\(pick(Self.orgWords)) \(pick(Self.topics)) \(pick(Self.places)) \(p)"
            try partner(Partner(id: "p\(p)", name: name, shortName: "P\(p)", kind: pick(Self.kinds),
                                place: pick(Self.places), description: "Partenaire \(pick(Self.topics)) — \(pick(Self.topics)) partner",
                                rank: next()))
        }
        if partnersOnly { return }
        for a in 0..<agreements {
            let first = Int(random.next() % UInt64(partnerCount))
            let second = (first + 1 + Int(random.next() % UInt64(partnerCount - 1))) % partnerCount
            let signed = day(2012, 2026)
            let made = Agreement(
                id: "ag\(a)", title: "Convention \(pick(Self.topics)) \(pick(Self.places)) — \(pick(Self.topics)) \(a)",
                signatories: ["p\(first)", "p\(second)"], signed: signed, termYears: 3 + Int(random.next() % 3),
                status: random.next() % 10 == 0 ? .renewed : .active,
                summary: "Partenariat \(pick(Self.topics)) et \(pick(Self.topics)) : \(pick(Self.objects)).", rank: next())
            var checklist = AgreementChecklist(agreement: made, commitments: [])
            let commitmentCount = 3 + Int(random.next() % 2)
            for c in 0..<commitmentCount {
                let commitmentID = "c\(a)-\(c)"
                let commitment = Commitment(
                    id: commitmentID, agreementID: "ag\(a)", categoryID: pick(categories),
                    title: "\(pick(Self.verbs)) \(pick(Self.objects))", description: "Volet \(pick(Self.topics))",
                    ownerID: random.next() % 2 == 0 ? "p\(first)" : nil, rank: next())
                var actions: [Action] = []
                let actionCount = 2 + Int(random.next() % 3)
                for n in 0..<actionCount {
                    let done = random.next() % 3 == 0
                    actions.append(Action(
                        id: "a\(a)-\(c)-\(n)", commitmentID: commitmentID,
                        title: "\(pick(Self.verbs)) \(pick(Self.objects)) (\(pick(Self.topics)))",
                        doneOn: done ? day(2013, 2026) : nil, note: random.next() % 5 == 0 ? "Note : \(pick(Self.objects))" : "",
                        due: random.next() % 2 == 0 ? day(2020, 2028) : nil, rank: next()))
                }
                checklist.commitments.append((commitment, actions))
            }
            try agreement(checklist)
        }
    }
}

/// Generated data is exported as it is made (`accord generate`), never held whole.
extension DataGenerator: ExportSource {
    public var addedCategories: [Category] { [] }

    public func forEachPartner(_ body: (Partner) throws -> Void) throws {
        try walk(firstRank: Category.builtIn.count, partner: body, agreement: { _ in }, partnersOnly: true)
    }

    public func forEachAgreement(_ body: (AgreementChecklist) throws -> Void) throws {
        try walk(firstRank: Category.builtIn.count, partner: { _ in }, agreement: body)
    }
}
