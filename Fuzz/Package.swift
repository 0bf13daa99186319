// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Accord's parsers. Not part of `swift build` / `swift test`:
// build and run them with scripts/fuzz (it passes -sanitize=fuzzer,address).
let package = Package(
    name: "AccordFuzz",
    dependencies: [.package(name: "Accord", path: "..")],
    targets: [
        .executableTarget(
            name: "accord-fuzz",
            dependencies: [.product(name: "AccordCore", package: "Accord"), .product(name: "AccordTUI", package: "Accord")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
