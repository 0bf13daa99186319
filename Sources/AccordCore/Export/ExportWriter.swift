import Foundation

/// Writes a source in the import format, one entry at a time: memory stays that of one
/// agreement however many there are (`accord generate --agreements 1000000` never holds
/// the data), and the text is the same as encoding the whole document at once.
public struct ExportWriter {
    public let format: ExportFormat
    private let jsonEncoder: JSONEncoder

    public init(format: ExportFormat) {
        self.format = format
        jsonEncoder = JSONEncoder()
        jsonEncoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    }

    /// The whole of `source` as one text (an export of the state in memory).
    public static func text(of source: some ExportSource, as format: ExportFormat) throws -> String {
        var text = ""
        try ExportWriter(format: format).write(source) { text += $0 }
        return text
    }

    /// Writes everything in `source`, handing the text to `sink` in pieces, in order.
    public func write(_ source: some ExportSource, to sink: (String) throws -> Void) throws {
        // The sink is only used during this call; the helpers' closures capture it.
        try withoutActuallyEscaping(sink) { sink in try write(source, sink) }
    }

    private func write(_ source: some ExportSource, _ sink: @escaping (String) throws -> Void) throws {
        let categories = source.addedCategories.map(ExportEntry.CategoryEntry.init)
        switch format {
        case .yaml:
            try sink("# Accord export — format: docs/FORMAT.md\naccord: 1\n")
            try yamlList(sink, "categories") { emit in try categories.forEach(emit) }
            try yamlList(sink, "partners") { emit in try source.forEachPartner { try emit(ExportEntry.PartnerEntry($0)) } }
            try yamlList(sink, "agreements") { emit in try source.forEachAgreement { try emit(ExportEntry.AgreementEntry($0)) } }
        case .json:
            // Keys sorted, as a whole-document encoding would write them.
            try sink("{\n  \"accord\" : 1,\n")
            try jsonList(sink, "agreements", last: false) { emit in try source.forEachAgreement { try emit(ExportEntry.AgreementEntry($0)) } }
            try jsonList(sink, "categories", last: false) { emit in try categories.forEach(emit) }
            try jsonList(sink, "partners", last: true) { emit in try source.forEachPartner { try emit(ExportEntry.PartnerEntry($0)) } }
            try sink("}\n")
        }
    }

    /// `key:` then each entry as a block sequence item (`key: []` when there is none).
    private func yamlList<Entry: Encodable>(_ sink: @escaping (String) throws -> Void, _ key: String, _ entries: ((Entry) throws -> Void) throws -> Void) throws {
        var count = 0
        try entries { entry in
            if count == 0 { try sink("\(key):\n") }
            try sink(try YAMLBlockEncoder.listItem(entry))
            count += 1
        }
        if count == 0 { try sink("\(key): []\n") }
    }

    /// `"key" : [` then each entry, indented as inside the document, then `]`.
    private func jsonList<Entry: Encodable>(_ sink: @escaping (String) throws -> Void, _ key: String, last: Bool,
                                            _ entries: ((Entry) throws -> Void) throws -> Void) throws {
        try sink("  \"\(key)\" : [\n")
        var count = 0
        try entries { entry in
            let json = try jsonEncoder.encode(entry)
            // Strings hold no raw line break (JSON escapes it), so every line is indented alike.
            var indented: [UInt8] = Array((count == 0 ? "    " : ",\n    ").utf8)
            indented.reserveCapacity(json.count + json.count / 4)
            for byte in json {
                indented.append(byte)
                if byte == UInt8(ascii: "\n") { indented.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
            }
            try sink(String(decoding: indented, as: UTF8.self))
            count += 1
        }
        try sink("\n  ]")
        try sink(last ? "\n" : ",\n")
    }
}
