@testable import AccordCore

/// Small, fixed states for tests.
enum Fixtures {
    static let day = Day(year: 2026, month: 3, day: 14)!

    /// Two partners, one agreement, one commitment with two actions (one done).
    static var small: AccordState {
        var state = AccordState.withBuiltInCategories
        let events: [Event] = [
            .partnerCreated(Partner(id: "uni", name: "Université d'Exemple", shortName: "UE", kind: .university, rank: 20)),
            .partnerCreated(Partner(id: "clu", name: "Cluster Test", kind: .cluster, rank: 21)),
            .partnerCreated(Partner(id: "bank", name: "Banque", kind: .bank, rank: 22)),
            .agreementCreated(Agreement(id: "uni-clu", title: "Accord test", signatories: ["uni", "clu"],
                                        signed: Day("2024-01-10"), termYears: 3, rank: 23)),
            .commitmentCreated(Commitment(id: "c-stages", agreementID: "uni-clu", categoryID: "internships",
                                          title: "Stages", ownerID: "uni", rank: 24)),
            .actionCreated(Action(id: "a1", commitmentID: "c-stages", title: "Publier les offres", rank: 25)),
            .actionCreated(Action(id: "a2", commitmentID: "c-stages", title: "Suivre les stagiaires",
                                  doneOn: Day("2025-02-01"), rank: 26)),
        ]
        for event in events { try! Reducer.apply(event, to: &state) }
        return state
    }

    static var sample: AccordState {
        var state = AccordState.withBuiltInCategories
        _ = try! Reducer.apply(try! SampleData.change(for: state), to: &state)
        return state
    }
}
