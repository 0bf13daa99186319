/// Why a theme file was refused: file, line, key and the problem.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var key: String?
    public var problem: String

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return key.map { "\(place): \($0): \(problem)" } ?? "\(place): \(problem)"
    }
}
