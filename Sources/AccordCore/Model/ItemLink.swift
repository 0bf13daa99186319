import Foundation

/// A document an item points to: the signed PDF, a press release, the minutes.
public struct ItemLink: Hashable, Sendable {
    /// A URL (`https://…`, `mailto:…`) or a file path (`~/Conventions/upec.pdf`).
    public var target: String
    /// What the document is; empty when the target says enough.
    public var label: String

    public init(target: String, label: String = "") {
        self.target = target
        self.label = label
    }

    /// The label, else the target.
    public var displayName: String { label.isEmpty ? target : label }

    /// True when the target is a URL with a scheme (`https:`, `mailto:`), not a file path.
    public var isURL: Bool {
        guard let colon = target.firstIndex(of: ":"), colon > target.startIndex else { return false }
        let scheme = target[..<colon]
        return scheme.count > 1 && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }

    /// Reads `label <target>` or a bare target, as typed in a form or on the command line; nil for blank text.
    public init?(typed text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let target = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
                .trimmingCharacters(in: .whitespaces)
            guard !target.isEmpty else { return nil }
            self.init(target: target, label: trimmed[..<open].trimmingCharacters(in: .whitespaces))
        } else {
            self.init(target: trimmed)
        }
    }

    /// `label <target>`, or the target alone: what `init(typed:)` reads back.
    public var typed: String { label.isEmpty ? target : "\(label) <\(target)>" }
}
