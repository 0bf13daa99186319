// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Accord",
    platforms: [.macOS(.v15)],
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
        .target(
            name: "AccordCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "AccordTUI", dependencies: ["AccordCore", .product(name: "Yams", package: "Yams")]),
        .target(name: "AccordTerminal", dependencies: ["AccordTUI", "CNcursesw"]),
        .target(
            name: "AccordCLI",
            dependencies: [
                "AccordCore",
                "AccordTUI",
                "AccordTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "accord", dependencies: ["AccordCLI"]),
        .executableTarget(name: "accord-bench", dependencies: ["AccordCore", "AccordTUI"]),
        .testTarget(name: "AccordCoreTests", dependencies: ["AccordCore"]),
        .testTarget(name: "AccordTUITests", dependencies: ["AccordTUI", "AccordCore"], exclude: ["Golden"]),
        .testTarget(name: "AccordCLITests", dependencies: ["AccordCLI", "AccordCore"]),
    ],
    swiftLanguageModes: [.v6]
)
