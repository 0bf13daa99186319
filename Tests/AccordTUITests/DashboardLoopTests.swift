import Testing
@testable import AccordCore
@testable import AccordTUI

@Suite struct DashboardLoopTests {
    @Test func aScriptedSessionTicksUndoesAndQuits() {
        let store = DashboardFixture.sampleStore()
        let d = DashboardFixture.dashboard(store: store)
        let backend = MemoryBackend(width: 80, height: 24, keys: [
            .character("3"), .character("j"), .character("j"), .character(" "), .character("u"), .control("r"), .character("q"),
        ])
        DashboardLoop.run(d, on: backend)
        #expect(d.shouldQuit)
        #expect(store.state.actions["uo-s2"]?.isDone == true)
        #expect(backend.frames.count == 7, "one frame at start and one per key but the last")
        #expect(backend.screen.contains("Redid: Ticked 'Suivre le nombre"))
    }

    @Test func resizingRedrawsAtTheNewSizeAndComesBack() {
        let d = DashboardFixture.dashboard()
        let backend = MemoryBackend(width: 80, height: 24, keys: [.resize, .resize, .resize],
                                    resizes: [(60, 20), (20, 8), (120, 40)])
        DashboardLoop.run(d, on: backend)
        #expect(backend.frames.map(\.width) == [80, 60, 20, 120])
        #expect(backend.frames[2].text.contains("too small"))
        #expect(backend.frames[3].text.contains("2 Agreements"))
        #expect(backend.fullRedraws >= 3)
    }
}
