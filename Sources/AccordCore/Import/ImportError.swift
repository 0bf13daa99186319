/// Why an import file was refused; nothing from it was loaded.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem has no single line (an empty file).
    public var line: Int
    /// The key at fault, when there is one (`partners[2].kind`).
    public var key: String?
    public var problem: String

    public init(file: String, line: Int, key: String?, problem: String) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = TextClipping.forMessage(problem, limit: 400)
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        if let key { return "\(place): \(key): \(problem)" }
        return "\(place): \(problem)"
    }
}
