import AccordCore
import AccordTerminal
import AccordTUI
import Foundation

/// Opens the dashboard on a session's store, and restores the terminal on every way out.
enum DashboardRunner {
    static func run(_ session: Session, mouse: Bool) throws {
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend.start(theme: .defaultDark, mouse: mouse,
                                               environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CLIError(error.description, exitCode: 2)
        }
        defer { backend.stop() }
        let size = backend.size
        let dashboard = Dashboard(store: session.store, width: size.width, height: size.height, mouseEnabled: mouse,
                                  notices: session.store.journal?.notices ?? [])
        DashboardLoop.run(dashboard, on: backend)
        let signal = backend.stopSignal
        if signal != 0 {
            backend.stop()
            throw CLIError("stopped by signal \(signal); every change made before it is saved.", exitCode: 128 + signal)
        }
    }
}
