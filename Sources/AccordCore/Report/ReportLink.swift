/// A link of an item in a report: what it is called, and where it points.
public struct ReportLink: Hashable, Sendable, Encodable {
    public let label: String
    public let target: String

    init(_ link: ItemLink) {
        label = link.displayName
        target = link.target
    }

    /// Schemes a report makes clickable; anything else (`javascript:`, a file path) stays text.
    static let clickableSchemes: Set<String> = ["http", "https", "mailto", "ftp", "file"]

    /// The target when it may be a link in a report: a URL of a clickable scheme with no control
    /// character, space or angle bracket in it; nil otherwise.
    var clickableURL: String? {
        let link = ItemLink(target: target)
        guard link.isURL, let colon = target.firstIndex(of: ":"),
              Self.clickableSchemes.contains(target[..<colon].lowercased()),
              !target.unicodeScalars.contains(where: { SafeText.needsEscape($0) || $0 == " " || $0 == "<" || $0 == ">" }) else { return nil }
        return target
    }
}
