/// The two spellings of the import format (docs/FORMAT.md).
public enum ExportFormat: String, CaseIterable, Sendable {
    case yaml, json
}
