/// The app loop: draw, wait for a key, hand it to the runtime — until quit or a stop signal.
/// A frame is drawn only after something happened, never on an idle poll.
public enum DashboardLoop {
    /// `onThemeChange` is told each theme the person switches to (to remember it);
    /// what it returns, if anything, is shown as an error in the status bar.
    public static func run(_ runtime: DashboardRuntime, on backend: ScreenBackend, onThemeChange: @escaping (Theme) -> String? = { _ in nil }) {
        runtime.onThemeChange = { theme in
            backend.apply(theme)
            return onThemeChange(theme)
        }
        let start = backend.size
        runtime.resize(width: start.width, height: start.height)
        var dirty = true
        while !runtime.shouldQuit && !backend.stopRequested {
            // The whole data read on another core replaces the first screen as soon as it is
            // there; a sync's git work done on another thread is taken in.
            if runtime.finishBackgroundWork() { dirty = true }
            backend.wakeDescriptors = runtime.wakeDescriptors
            if dirty {
                backend.present(DashboardView.frame(runtime.model, runtime.state), fullRedraw: runtime.needsFullRedraw)
                runtime.needsFullRedraw = false
                dirty = false
            }
            let key = backend.nextKey()
            // What other Accords on the same data wrote shows at once (the watcher woke the wait).
            if runtime.followOthers() { dirty = true }
            guard let key else {
                // Idle: a new day (midnight passed) changes what is overdue.
                let day = runtime.model.today
                runtime.checkTheDay()
                if runtime.model.today != day { dirty = true }
                continue
            }
            if key == .resize {
                let size = backend.size
                runtime.resize(width: size.width, height: size.height)
            } else {
                let editing = runtime.model.mode.takesText
                runtime.press(key)
                // Keys typed ahead of a form's Enter (a paste the terminal sent as keys) are
                // not commands: once Enter closes the form, those already waiting are dropped.
                if editing && key == .enter && !runtime.model.mode.takesText {
                    let dropped = backend.discardWaitingKeys()
                    if dropped > 0 { runtime.send(.keysDropped(count: dropped)) }
                }
            }
            if runtime.suspendRequested {
                runtime.suspendRequested = false
                backend.suspend()
                runtime.needsFullRedraw = true
            }
            dirty = true
        }
        // A sync running is stopped at a safe point, not cut off by the exit.
        runtime.stopBackgroundWork()
    }
}
