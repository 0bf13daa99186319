@testable import AccordCore

/// The seeded generator random tests use, so they replay exactly: the one generated data uses.
typealias SplitMix64 = SeededRandom
