import Foundation

/// A seeded generator for random tests: the seed comes from `ACCORD_SEED` when set, else from
/// the clock, and every test that uses it names it in its messages so a run can be replayed.
struct TestSeed: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init() {
        seed = ProcessInfo.processInfo.environment["ACCORD_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970 * 1000)
        state = seed
        print("random seed \(seed) (rerun with ACCORD_SEED=\(seed))")
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// "seed N": to put in a failure message.
    var label: String { "seed \(seed), rerun with ACCORD_SEED=\(seed)" }
}
