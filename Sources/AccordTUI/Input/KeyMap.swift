/// Turns keys into actions through the binding table.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]
    private let table: [Key: DashboardAction]

    public init(_ bindings: [KeyBinding] = KeyBinding.dashboard) {
        self.bindings = bindings
        var table: [Key: DashboardAction] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.action }
        }
        // Shift-Tab shares the Tab row in help but goes the other way.
        if table[.backTab] == .focusNext { table[.backTab] = .focusPrevious }
        self.table = table
    }

    public func action(for key: Key) -> DashboardAction? { table[key] }

    /// The status-bar hints, in table order.
    public var hints: [String] { bindings.compactMap(\.hint) }
}
