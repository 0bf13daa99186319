/// The app loop: draw, wait for a key, handle it — until quit or a stop signal.
/// A frame is drawn only after something happened, never on an idle poll.
public enum DashboardLoop {
    /// `onThemeChange` is told each theme the person switches to (to remember it);
    /// what it returns, if anything, is shown as an error in the status bar.
    public static func run(_ dashboard: Dashboard, on backend: ScreenBackend, onThemeChange: (Theme) -> String? = { _ in nil }) {
        let start = backend.size
        dashboard.resize(width: start.width, height: start.height)
        var dirty = true
        var theme = dashboard.theme
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
            if dashboard.theme != theme {
                theme = dashboard.theme
                backend.apply(theme)
                if let problem = onThemeChange(theme) { dashboard.message = StatusMessage(problem, isError: true) }
            }
            dirty = true
        }
    }
}
