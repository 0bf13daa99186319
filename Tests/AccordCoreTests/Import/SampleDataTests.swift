import Foundation
import Testing
@testable import AccordCore

@Suite struct SampleDataTests {
    @Test func theSampleDataLoadsTheFiveSeedAgreements() throws {
        let state = Fixtures.sample
        #expect(state.agreements.count == 5)
        #expect(Set(state.agreements.keys) == ["upmc-opticsvalley", "upec-gosb", "mines-ales-enscm", "uimm-ul", "cite-settat-mnc"])
        #expect(state.partners.count == 30)
        #expect(state.commitments.count == 27)
        #expect(state.actions.count == 56)
        #expect(state.actions.values.filter(\.isDone).count == 13)
        #expect(state.categories.count == Category.builtIn.count + 1)
    }

    @Test func theSeedDetailsAreThere() throws {
        let state = Fixtures.sample
        let upec = try #require(state.agreements["upec-gosb"])
        #expect(upec.signed == Day("2023-10-09") && upec.termYears == 3 && upec.status == .renewed)
        #expect(upec.endDate == Day("2026-10-09"))
        let uimm = try #require(state.agreements["uimm-ul"])
        #expect(uimm.termYears == 5 && uimm.endDate == Day("2025-06-09"))
        #expect(state.commitments["uo-handicap"]?.categoryID == "disability-inclusion")
        #expect(state.commitments["me-incubateur"]?.categoryID == "incubator")
        #expect(state.commitments["ul-alternance"]?.categoryID == "work-study")
        #expect(state.commitments["ug-environnement"]?.categoryID == "territory-environment")
        #expect(state.actions(of: "uo-handicap").count == 3)
        #expect(state.actions["mn-s2"]?.title.contains("espace d'accueil") == true)
        #expect(state.agreements["mines-ales-enscm"]?.associates == ["ca-lr", "village-by-ca"])
        #expect(state.sortedAgreements().map(\.id).first == "upmc-opticsvalley")
    }

    @Test func theEmbeddedCopyMatchesTheFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../sample-data/agreements.yaml").standardized
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(SampleData.yaml + "\n" == file || SampleData.yaml == file,
                "sample-data/agreements.yaml changed: run scripts/embed-resources")
    }

    @Test func progressCountsDoneActions() {
        let state = Fixtures.sample
        #expect(state.progress(ofAgreement: "mines-ales-enscm") == Progress(done: 2, total: 9))
        #expect(state.progress(ofCommitment: "uo-handicap") == Progress(done: 0, total: 3))
    }
}
