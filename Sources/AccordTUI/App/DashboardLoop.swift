/// The app loop: draw, wait for a key, handle it — until quit or a stop signal.
/// A frame is drawn only after something happened, never on an idle poll.
public enum DashboardLoop {
    public static func run(_ dashboard: Dashboard, on backend: ScreenBackend) {
        let start = backend.size
        dashboard.resize(width: start.width, height: start.height)
        var dirty = true
        while !dashboard.shouldQuit && !backend.stopRequested {
            if dirty {
                backend.present(DashboardView.frame(dashboard), fullRedraw: dashboard.needsFullRedraw)
                dashboard.needsFullRedraw = false
                dirty = false
            }
            guard let key = backend.nextKey() else { continue }
            if key == .resize {
                let size = backend.size
                dashboard.resize(width: size.width, height: size.height)
            }
            dashboard.handle(key)
            dirty = true
        }
    }
}
