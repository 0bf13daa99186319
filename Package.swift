// swift-tools-version:6.2
import PackageDescription

// Accord builds and runs on Linux (tested on Debian 12, x86_64, Swift 6.3.1); it uses Glibc and
// ncursesw directly, and macOS is neither built nor tested (see README, "Requirements").
// Every target of this package treats warnings as errors.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "Accord",
    products: [
        .executable(name: "accord", targets: ["accord"]),
        .executable(name: "accord-bench", targets: ["accord-bench"]),
        // For the fuzzing package in Fuzz/ (built with -sanitize=fuzzer, see scripts/fuzz).
        .library(name: "AccordCore", targets: ["AccordCore"]),
        .library(name: "AccordTUI", targets: ["AccordTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // SQLite 3 (Debian: libsqlite3-dev): the snapshot read in place.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // The commit a build was made from (scripts/install passes it; see AccordVersion).
        .systemLibrary(name: "CBuildInfo", path: "Sources/CBuildInfo"),
        // libsodium (Debian: libsodium-dev): Ed25519 signatures on journal records.
        .systemLibrary(name: "CSodium", path: "Sources/CSodium"),
        .target(name: "AccordCore", dependencies: ["CSQLite", "CSodium", .product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .target(name: "AccordTUI", dependencies: ["AccordCore", .product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .target(name: "AccordTerminal", dependencies: ["AccordTUI", "CNcursesw"], swiftSettings: strict),
        .target(
            name: "AccordCLI",
            dependencies: [
                "AccordCore",
                "AccordTUI",
                "AccordTerminal",
                "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "accord", dependencies: ["AccordCLI"], swiftSettings: strict),
        .executableTarget(name: "accord-bench", dependencies: ["AccordCore", "AccordTUI"], swiftSettings: strict),
        .testTarget(name: "AccordCoreTests", dependencies: ["AccordCore"], swiftSettings: strict),
        .testTarget(name: "AccordTUITests", dependencies: ["AccordTUI", "AccordCore"], exclude: ["Golden"], swiftSettings: strict),
        .testTarget(name: "AccordCLITests", dependencies: ["AccordCLI", "AccordCore"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
