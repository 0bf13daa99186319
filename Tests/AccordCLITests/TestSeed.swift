import AccordCore
import Foundation

/// A seeded generator for random tests: the seed comes from `ACCORD_SEED` when set, else from
/// the clock, and every test that uses it names it in its messages so a run can be replayed.
struct TestSeed: RandomNumberGenerator {
    let seed: UInt64
    private var generator: SeededRandom

    init() {
        seed = ProcessInfo.processInfo.environment["ACCORD_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970 * 1000)
        generator = SeededRandom(seed: seed)
        print("random seed \(seed) (rerun with ACCORD_SEED=\(seed))")
    }

    mutating func next() -> UInt64 { generator.next() }

    /// "seed N": to put in a failure message.
    var label: String { "seed \(seed), rerun with ACCORD_SEED=\(seed)" }
}
