import Foundation
@testable import AccordCore
@testable import AccordTUI

/// A dashboard on the sample data in memory, on a fixed day.
enum DashboardFixture {
    /// 2026-11-22, 12:00 UTC.
    static let now: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_348_800) }

    static func sampleStore() -> Store {
        var ledger = Ledger()
        try! ledger.apply(.change, try! SampleData.change(for: ledger.state))
        return Store(ledger: Ledger(state: ledger.state), journal: nil, now: now)
    }

    static func dashboard(width: Int = 80, height: Int = 24, store: Store = sampleStore()) -> Dashboard {
        Dashboard(store: store, width: width, height: height)
    }
}
