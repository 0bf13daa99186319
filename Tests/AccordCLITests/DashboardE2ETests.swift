import Foundation
import Testing

/// The real binary in a real terminal (tmux): what a person sees.
@Suite(.serialized) struct DashboardE2ETests {
    @Test func openMoveTickUndoRedoQuitAndReopen() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        // The key hints are on the last line: once they are there, the whole first frame is.
        let first = try tmux.waitFor("? help")
        #expect(first.contains("UPMC × Opticsvalley") && first.contains("IMT Mines Alès × ENSCM"))
        #expect(first.contains("1 Partners") && first.contains("3 Checklist") && first.contains("? help"))
        try tmux.send("3", "j", "j")
        try tmux.waitFor("[ ] Suivre le nombre de stagiaires")
        try tmux.send("Space")
        try tmux.waitFor("Ticked 'Suivre le nombre de stagiaires accueillis chez les adhérents' — u to undo")
        try tmux.send("u")
        try tmux.waitFor("Undid: Ticked 'Suivre")
        try tmux.send("C-r")
        let redone = try tmux.waitFor("Redid: Ticked 'Suivre")
        #expect(redone.contains("[x] Suivre le nombre"))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        #expect(try tmux.alternateScreenOn() == false, "the terminal was restored")

        #expect(try accord.ok(["show", "uo-s2"]).contains("Done:         yes"))
        let again = try TmuxSession(accord)
        defer { again.close() }
        try again.waitFor("2 Agreements")
        try again.send("3", "j", "j")
        try again.waitFor("[x] Suivre le nombre de stagiaire")
        try again.send("u")
        try again.waitFor("Undid: Ticked 'Suivre", seconds: 5)
        try again.send("q")
        try again.waitFor("EXIT=0")
        #expect(try accord.ok(["show", "uo-s2"]).contains("Done:         no"), "undo after a restart undid the earlier run's tick")
    }

    @Test func resizesRedrawAndComeBack() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")
        try tmux.resize(width: 60, height: 20)
        let small = try tmux.waitFor("3 Checklist")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(small.contains("1 Partners") && small.contains("2 Agreements"))
        try tmux.resize(width: 20, height: 8)
        let tiny = try tmux.waitFor("too small")
        #expect(tiny.contains("(need 48×14)"))
        try tmux.resize(width: 120, height: 40)
        let back = try tmux.waitFor("2 Agreements")
        #expect(!back.contains("too small"))
        try tmux.resize(width: 1, height: 1)
        // At 1×1 the only cell shows the first letter of "terminal too small".
        try tmux.waitUntil("the 1×1 frame") { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "t" }
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("2 Agreements")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test(arguments: [
        (["TERM": "dumb"], [String](), "cannot move the cursor"),
        (["TERM": "no-such-terminal"], [String](), "'no-such-terminal' is unknown"),
        ([String: String](), ["TERM"], "TERM is not set"),
    ])
    func unusableTerminalsSaySoAndExit2(env: [String: String], unset: [String], message: String) throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, env: env, unset: unset)
        defer { tmux.close() }
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains(message), "\(screen)")
        #expect(screen.contains("EXIT=2"))
    }

    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT)])
    func stopSignalsRestoreTheTerminal(name: String, signal: Int32) throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")
        #expect(try tmux.alternateScreenOn())
        let pid = try #require(try tmux.programPID())
        kill(pid, signal)
        let screen = try tmux.waitFor("EXIT=")
        #expect(screen.contains("EXIT=\(128 + signal)"), "\(screen)")
        #expect(screen.contains("stopped by signal \(signal)"))
        #expect(try tmux.alternateScreenOn() == false)
        #expect(try accord.run(["journal", "verify"]).status == 0)
    }

    /// Closing the terminal (here: killing tmux, which hangs up its terminal) ends the dashboard at once.
    @Test func aClosedTerminalEndsTheDashboardPromptly() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord)
        try tmux.waitFor("2 Agreements")
        let pid = try #require(try tmux.programPID())
        let closed = Date()
        tmux.close()
        /// Running: the process exists and is not a zombie waiting for its parent to collect it.
        func running() -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
            return !(stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true)
        }
        while running(), Date().timeIntervalSince(closed) < 5 { usleep(10_000) }
        #expect(!running(), "still running 5 s after its terminal closed")
        #expect(try accord.run(["journal", "verify"]).status == 0)
    }

    @Test func ctrlCQuitsCleanly() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, arguments: ["--no-mouse"])
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=0")
        #expect(try tmux.alternateScreenOn() == false)
    }

    /// `accord | cat` and `accord > file` from an interactive shell (standard input a terminal,
    /// standard output not) print the text overview; `accord < file` on a terminal says what is wrong.
    @Test func withOutputNotATerminalTheOverviewIsPrinted() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let piped = try TmuxSession(accord, output: "| cat")
        defer { piped.close() }
        let screen = try piped.waitFor("EXIT=")
        #expect(screen.contains("EXIT=0"), "\(screen)")
        #expect(screen.contains("UPMC × Opticsvalley") && screen.contains("5 agreements, 30 partners, 13/56 actions done"))
        #expect(!screen.contains("needs a terminal"))

        let file = accord.home + "/overview.txt"
        let redirected = try TmuxSession(accord, output: "> " + TmuxSession.quote(file))
        defer { redirected.close() }
        #expect(try redirected.waitFor("EXIT=").contains("EXIT=0"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("IMT Mines Alès × ENSCM") && !written.contains("\u{1B}"), "plain text, no escape sequence")

        let fromFile = try TmuxSession(accord, output: "< /dev/null")
        defer { fromFile.close() }
        let refused = try fromFile.waitFor("EXIT=")
        #expect(refused.contains("EXIT=2"), "\(refused)")
        #expect(refused.contains("standard input is not one"))
    }

    @Test func theCLocaleStillShowsAccents() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, env: ["LANG": "C", "LC_ALL": "C"])
        defer { tmux.close() }
        let screen = try tmux.waitFor("q quit")
        #expect(screen.contains("IMT Mines Alès × ENSCM"))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    /// In the Checklist pane, on 'Suivre le nombre de stagiaires…'; its details show once both
    /// keys are taken (a key clears the status bar's message).
    static func selectSuivre(_ dashboard: TmuxSession) throws {
        try dashboard.waitFor("2 Agreements")
        try dashboard.send("3")
        try dashboard.waitFor("j/k move")
        try dashboard.send("j", "j")
        try dashboard.waitFor("│ Suivre le nombre de stagiaires accueillis chez les adhérents")
    }

    @Test func twoDashboardsFollowEachOtherAndTheCommandLine() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        let first = try TmuxSession(accord)
        defer { first.close() }
        let second = try TmuxSession(accord)
        defer { second.close() }
        for dashboard in [first, second] { try Self.selectSuivre(dashboard) }
        #expect(try !second.screen().contains("READ-ONLY"), "a second dashboard is not read-only")
        // A third process: the command line, as cron or a second tmux pane would run it.
        let row = "Suivre le nombre de stagiaires"
        func shown(_ mark: String) -> (String) -> Bool {
            { screen in screen.split(separator: "\n").contains { $0.contains(row) && $0.contains(mark) } }
        }
        for round in 0..<3 {
            _ = try accord.ok(["tick", "uo-s2"])
            for dashboard in [first, second] {
                // Both together: tmux may be captured between the rows and the status bar of one frame.
                _ = try dashboard.waitUntil("the tick of round \(round), and the status bar saying so", seconds: 3) { screen in
                    shown("[x]")(screen) && screen.contains("Elsewhere: Ticked 'Suivre le nombre")
                }
            }
            _ = try accord.ok(["note", "uo-s2", "relancé \(round)"])
            _ = try accord.ok(["untick", "uo-s2"])
            for dashboard in [first, second] {
                _ = try dashboard.waitUntil("the untick of round \(round)", seconds: 3, shown("[ ]"))
            }
        }
        // A tick in one dashboard shows in the other; `u` in the other undoes it (one history).
        try first.send("Space")
        _ = try second.waitUntil("the first dashboard's tick", seconds: 3, shown("[x]"))
        try second.send("u")
        _ = try first.waitUntil("the second dashboard's undo", seconds: 3, shown("[ ]"))
        let panes = { (screen: String) in screen.split(separator: "\n").dropLast(2).joined(separator: "\n") }
        // tmux may capture one of them between two frames: both end on the same screen within a moment.
        _ = try first.waitUntil("both dashboards on the same screen", seconds: 3) { screen in
            (try? panes(screen) == panes(second.screen())) == true
        }
        for dashboard in [first, second] {
            try dashboard.send("q")
            try dashboard.waitFor("EXIT=0")
        }
        #expect(try accord.ok(["show", "uo-s2"]).contains("Done:         no"))
        #expect(try accord.ok(["show", "uo-s2"]).contains("relancé 2"))
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.out.contains("Result: clean"), "\(verify.out)")
    }

    @Test func twoDashboardsOnTwoReplicasShareATickThroughGitWithS() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bare = accord.home + "/shared.git", paris = accord.home + "/paris", nancy = accord.home + "/nancy"
        let made = Process()
        made.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        made.arguments = ["init", "-q", "--bare", bare]
        try made.run()
        made.waitUntilExit()
        _ = try accord.ok(["list", "agreements", "--data", paris])
        _ = try accord.ok(["replica", "name", "Bureau UPEC", "--data", paris])
        _ = try accord.ok(["sync", "--init", bare, "--data", paris])
        _ = try accord.ok(["sync", "--init", bare, "--data", nancy])
        _ = try accord.ok(["replica", "name", "Cluster Nancy", "--data", nancy])
        let first = try TmuxSession(accord, env: ["ACCORD_DATA": paris])
        defer { first.close() }
        let second = try TmuxSession(accord, env: ["ACCORD_DATA": nancy])
        defer { second.close() }
        for dashboard in [first, second] { try Self.selectSuivre(dashboard) }
        let row = "Suivre le nombre de stagiaires"
        func shown(_ mark: String) -> (String) -> Bool {
            { screen in screen.split(separator: "\n").contains { $0.contains(row) && $0.contains(mark) } }
        }
        try first.send("Space")
        _ = try first.waitUntil("the tick", seconds: 3, shown("[x]"))
        try first.send("S")
        _ = try first.waitUntil("the sync", seconds: 10) { $0.contains("Synced: Sent 1 change") }
        #expect(try second.screen().split(separator: "\n").contains { $0.contains(row) && $0.contains("[ ]") }, "not there before its sync")
        try second.send("S")
        _ = try second.waitUntil("the tick from Paris, and who made it", seconds: 10) { screen in
            shown("[x]")(screen) && screen.contains("Synced: Nothing new to send; received 1 change from 1 replica (Bureau UPEC)")
        }
        try second.send("o")
        _ = try second.waitUntil("the last sync in the overview", seconds: 3) { $0.contains("Last sync") }
        for dashboard in [first, second] {
            try dashboard.send("q")
            try dashboard.waitFor("EXIT=0")
        }
        #expect(try accord.ok(["show", "uo-s2", "--data", nancy]).contains("Done:         yes"))
    }

    @Test func slashHandicapEnterLandsOnTheDisabilityCommitmentAndNMovesOn() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")
        try tmux.send("/")
        try tmux.waitFor("type to search")
        try tmux.send("-l", "handicap")
        try tmux.waitFor("5 hits")
        try tmux.send("Enter")
        let first = try tmux.waitFor("1/5  commitment: Intégration des étudiants en situation de handicap")
        #expect(first.contains("Disability inclusion · 0/3 done"))
        try tmux.send("n")
        let second = try tmux.waitFor("2/5  action: Définir des actions conjointes")
        #expect(second.contains("Définir des actions conjointes avec la mission handicap"))
        try tmux.send("Escape")
        try tmux.waitFor("? help")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func keySequencesTheTerminfoDoesNotKnowAreReadWhole() throws {
        // TERM=xterm-256color inside tmux: tmux sends Home as ESC [ 1 ~, which xterm's terminfo
        // does not list; its "1" used to reach the dashboard and jump to the Partners pane.
        let accord = AccordBinary()
        defer { accord.remove() }
        let tmux = try TmuxSession(accord, width: 100, height: 30)
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")
        try tmux.send("3", "j", "j")
        try tmux.waitFor("Suivre le nombre de stagiaires accueillis chez les adhérents")
        try tmux.send("Home")
        try tmux.waitFor("Internships · 1/2 done")
        try tmux.send("End")
        try tmux.type("\u{1B}[8~")                      // rxvt's End, unknown here too
        try tmux.type("\u{1B}[99;7~")                   // a sequence nothing uses: swallowed whole
        try tmux.send("j")
        let screen = try tmux.waitFor("Inviter des dirigeants adhérents aux conseils de perfectionnement")
        #expect(!screen.contains("Université Pierre et Marie Curie (UPMC)"), "the focus stayed on the Checklist: \(screen)")
        #expect(!screen.contains("~"), "no piece of a sequence was typed anywhere")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func themesInARealTerminal() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        // --theme light: 256-colour codes for its header (fg 255 on bg 25).
        let light = try TmuxSession(accord, arguments: ["--theme", "light"])
        defer { light.close() }
        try light.waitFor("2 Agreements")
        try light.waitForStyled("48;5;25")
        // t switches and remembers.
        try light.send("t")
        try light.waitFor("Theme: monochrome")
        try light.send("t")
        try light.waitFor("Theme: solarized-dark")
        try light.send("q")
        try light.waitFor("EXIT=0")
        let config = try String(contentsOfFile: accord.home + "/.config/accord/config.yaml", encoding: .utf8)
        #expect(config.contains("theme: solarized-dark"))

        // NO_COLOR: no colour at all, the dashboard still complete.
        let plain = try TmuxSession(accord, env: ["NO_COLOR": "1"])
        defer { plain.close() }
        try plain.waitFor("2 Agreements")
        let styled = try plain.screenWithStyles()
        #expect(!styled.contains("38;5;") && !styled.contains("48;5;"))
        #expect(!styled.contains("\u{1B}[3") || styled.contains("\u{1B}[39m"), "only default-colour resets")
        try plain.send("q")
        try plain.waitFor("EXIT=0")

        // vt100: no colours, no alternate screen; still usable.
        let vt = try TmuxSession(accord, env: ["TERM": "vt100"])
        defer { vt.close() }
        let screen = try vt.waitFor("? help")
        #expect(screen.contains("2 Agreements") && screen.contains("3 Checklist"))
        #expect(!(try vt.screenWithStyles()).contains("48;5;"))
        try vt.send("q")
        try vt.waitFor("EXIT=0")
    }

    @Test func aBadThemeFileStartsWithTheDefaultAndSaysWhy() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let file = accord.home + "/bad-theme.yaml"
        try "name: bad\nroles:\n  header: {fg: purple}\n".write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(accord, arguments: ["--theme", file])
        defer { tmux.close() }
        // The message is on the status line, drawn after the panes: wait for it, not for a pane title.
        let screen = try tmux.waitFor("Theme error: ")
        #expect(screen.contains("2 Agreements"))
        #expect(screen.contains("Theme error: \(file):3: roles.header.fg: 'purple' is not a colour")
                || screen.contains("Theme error: \(file):3: roles.header.fg"))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }
}
