import AccordCore
import AccordTUI
import Foundation

// accord-bench: `swift run -c release accord-bench [--quick] [--records N] [--json FILE] [--processes] [--peer taskwarrior] [--sync-only]`
// Measures cold open, replay, search, frame, tick and memory against the goals of issue 8.

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
// --dashboard-peak DIR (run by the benchmark as a child): what the dashboard process holds at its
// largest — the data opened, the search index built in the background, a frame drawn, a search run —
// printed as the peak RSS in MB.
if let directory = option("--dashboard-peak") {
    let store = try Store.open(directory: directory)
    let dashboard = DashboardRuntime(store: store, width: 200, height: 60)
    _ = dashboard.frame
    for key in "/handicap" { dashboard.press(.character(key)) }
    _ = dashboard.frame
    print(String(format: "%.1f", Measure.memoryMB("VmHWM")))
    exit(0)
}

// --keystrokes-on DIR: a search typed in the dashboard on an existing directory (see KeystrokeBench).
if let directory = option("--keystrokes-on") {
    var report = Report()
    try KeystrokeBench.run(directory, report: &report)
    exit(0)
}

// --team-scale DIR: 50 replicas' 2,000 records each arriving into a copy of DIR (see TeamScaleBench).
if let directory = option("--team-scale") {
    var report = Report()
    try TeamScaleBench.run(directory, root: NSTemporaryDirectory() + "accord-bench-\(getpid())", report: &report)
    exit(0)
}

// --processes-on DIR: the whole-process table on an existing data directory (the million actions).
if let directory = option("--processes-on") {
    let accord = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("accord").path
    ProcessBench(accordPath: accord, root: NSTemporaryDirectory(), peer: nil, runs: 5).runOn(directory)
    exit(0)
}

// --writer DIR (run by the stress tests and the benchmark as one of several children): random
// changes on DIR while other processes make theirs (see ConcurrentWriter).
if let directory = option("--writer") {
    try ConcurrentWriter.run(directory: directory, changes: Int(option("--changes") ?? "") ?? 200,
                             seed: UInt64(option("--seed") ?? "") ?? 1, pauseMS: Double(option("--pause-ms") ?? "") ?? 0,
                             ticksOnly: arguments.contains("--ticks-only"))
    exit(0)
}

let quick = arguments.contains("--quick")
// --peer taskwarrior: only the whole-process table, beside taskwarrior holding the same actions.
let peerName = option("--peer")
// --processes: only the whole-process table (Accord alone).
let processesOnly = peerName != nil || arguments.contains("--processes")
// --replay-only: only the journal replay (for working on it).
let replayOnly = arguments.contains("--replay-only")
let journalRecords = Int(option("--records") ?? "") ?? (quick ? 100_000 : 1_000_000)
let sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]
// --keep DIR: work in DIR and leave the generated data there (for profiling).
let kept = option("--keep")
let root = kept ?? NSTemporaryDirectory() + "accord-bench-\(getpid())"
// A directory left by a run that was killed (its process id taken again) would hold data already.
if kept == nil { try? FileManager.default.removeItem(atPath: root) }
defer { if kept == nil { try? FileManager.default.removeItem(atPath: root) } }
var report = Report()
print("accord-bench: \(ProcessInfo.processInfo.processorCount) cores, data in \(root)")
print("NAME".padding(toLength: 52, withPad: " ", startingAt: 0) + "VALUE".padding(toLength: 18, withPad: " ", startingAt: 0) + "GOAL")

/// A data directory holding `actions` generated actions folded into a snapshot.
func makeDataDirectory(actions: Int) throws -> (String, Change) {
    let directory = root + "/data-\(actions)"
    let change = DataGenerator(agreements: max(1, Int(Double(actions) / 10.5)), seed: 42).change()
    let store = try Store.open(directory: directory)
    try store.perform(change)
    try store.rebuildCache()
    return (directory, change)
}

/// The whole-process table (see ProcessBench), with the peer when one was asked for and is installed.
@MainActor func runProcessBench() throws {
    let accord = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("accord").path
    guard FileManager.default.isExecutableFile(atPath: accord) else {
        print("(no accord binary next to accord-bench: build it with `swift build -c release` to time whole processes)")
        return
    }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    var peer: Taskwarrior?
    if let peerName {
        guard peerName == "taskwarrior" else { print("accord-bench: the only peer is taskwarrior"); exit(2) }
        peer = Taskwarrior(directory: root + "/taskwarrior")
        if peer == nil { print("(taskwarrior is not installed — `apt-get install taskwarrior` — so Accord runs alone)") }
    }
    try ProcessBench(accordPath: accord, root: root, peer: peer, runs: quick ? 3 : 7).run(report: &report)
}
// --sync-only: only `accord sync` of 10,000 incoming records into 100,000 actions (the boundary's checks on).
if arguments.contains("--sync-only") {
    let (directory, _) = try makeDataDirectory(actions: 100_000)
    try TeamSyncBench.run(directory, root: root, incoming: 10_000, report: &report, goal: true)
    if kept == nil { try? FileManager.default.removeItem(atPath: root) }
    exit(0)
}
if processesOnly {
    try runProcessBench()
    if let path = option("--json") { try report.json().write(toFile: path, atomically: true, encoding: .utf8) }
    if kept == nil { try? FileManager.default.removeItem(atPath: root) }   // exit() runs no defer
    exit(0)
}

var largest: (directory: String, actions: Int)?
for size in replayOnly ? [] : sizes {
    let (directory, _) = try makeDataDirectory(actions: size)
    var opens: [Double] = []
    var count = 0
    for _ in 0..<3 {
        opens.append(try Measure.ms {
            let store = try Store.open(directory: directory)
            count = store.state.actions.count
        })
    }
    let open = Measure.percentile(opens, 50)
    let isGoalSize = size == 100_000
    report.add("cold open, \(count) actions (snapshot + replay)", open, "ms",
               goal: isGoalSize ? "< 300 ms" : nil, pass: isGoalSize ? open < 300 : nil)
    largest = (directory, count)
}

// The dashboard's first frame at the largest size: read from the cache, drawn, while the whole
// data is read on the other core (in-process: what the terminal adds is ProcessBench's).
if let (directory, _) = largest {
    var reads: [Double] = [], frames: [Double] = []
    for _ in 0..<7 {
        var firstScreen: CachedFirstScreen?
        reads.append(Measure.ms { firstScreen = CachedFirstScreen.read(directory: directory, agreements: 30) })
        guard let firstScreen else { break }
        var runtime: DashboardRuntime?
        frames.append(Measure.ms {
            let opening = BackgroundOpening { try Store.open(directory: directory, JournalOptions(history: false)) }
            runtime = DashboardRuntime.whileOpening(firstScreen, opening, width: 100, height: 30)
            _ = runtime?.frame
        })
        // The whole data read before the next run starts (the loop takes it in on its wake-up).
        while runtime?.finishOpening() == false { usleep(1_000) }
    }
    let first = Measure.percentile(zip(reads, frames).map { $0 + $1 }, 50)
    report.add("first screen read from the cache, 100x30", Measure.percentile(reads, 50), "ms")
    report.add("dashboard first frame from the cache, 100x30", first, "ms", goal: "< 60 ms", pass: first < 60)
}

// Search, frame, tick and memory at the largest size.
if let (directory, count) = largest {
    let store = try Store.open(directory: directory)
    let state = store.state
    let today = store.today
    var index = SearchIndex(state)
    let build = Measure.ms { index = SearchIndex(state) }
    report.add("search index build, \(count) actions", build, "ms")
    func timings(_ queries: [String], repeat times: Int = 15) -> [Double] {
        var result: [Double] = []
        for query in queries {
            let parsed = try! SearchQuery.parse(query)
            for _ in 0..<times { result.append(Measure.ms { _ = index.search(parsed, in: state, today: today) }) }
        }
        return result
    }
    let one = timings(["handicap", "incubateur", "numérique", "forum", "stage"])
    let two = timings(["mission handicap", "forum recrutement", "numerique paris", "incubateur commun"])
    let prefixes = ["incubateur", "handicap", "lorraine"].flatMap { word in (1...word.count).map { String(word.prefix($0)) } }
    let keystrokes = timings(prefixes, repeat: 5)
    let goalSize = count >= 90_000
    report.add("search one word p50", Measure.percentile(one, 50), "ms")
    report.add("search one word p99", Measure.percentile(one, 99), "ms", goal: goalSize ? "< 10 ms" : nil,
               pass: goalSize ? Measure.percentile(one, 99) < 10 : nil)
    report.add("search two words p50", Measure.percentile(two, 50), "ms")
    report.add("search two words p99", Measure.percentile(two, 99), "ms", goal: goalSize ? "< 10 ms" : nil,
               pass: goalSize ? Measure.percentile(two, 99) < 10 : nil)
    report.add("search per keystroke prefix p50", Measure.percentile(keystrokes, 50), "ms")
    report.add("search per keystroke prefix p99", Measure.percentile(keystrokes, 99), "ms", goal: goalSize ? "< 10 ms" : nil,
               pass: goalSize ? Measure.percentile(keystrokes, 99) < 10 : nil)

    let dashboard = DashboardRuntime(store: store, width: 200, height: 60, indexInBackground: false)
    var frames: [Double] = []
    for _ in 0..<50 { frames.append(Measure.ms { _ = dashboard.frame }) }
    report.add("full frame 200x60 p50", Measure.percentile(frames, 50), "ms", goal: goalSize ? "< 5 ms" : nil,
               pass: goalSize ? Measure.percentile(frames, 50) < 5 : nil)
    var moves: [Double] = []
    for i in 0..<50 {
        moves.append(Measure.ms {
            dashboard.press(i % 2 == 0 ? .character("j") : .character("k"))
            _ = dashboard.frame
        })
    }
    report.add("key j/k + frame 200x60 p99", Measure.percentile(moves, 99), "ms")

    var dashboardTicks: [Double] = []
    dashboard.press(.character("3"))
    for _ in 0..<40 {
        dashboardTicks.append(Measure.ms {
            dashboard.press(.character(" "))
            _ = dashboard.frame
        })
    }
    report.add("tick in the dashboard + frame, p99", Measure.percentile(dashboardTicks, 99), "ms")

    // Editing: the overview, a form keystroke with its partner suggestion, a save.
    /// Five openings of the overview, each drawn, in milliseconds.
    func overviewTimes(_ runtime: DashboardRuntime, key: Character = "o") -> [Double] {
        (0..<5).map { _ in
            Measure.ms {
                runtime.press(.character(key))
                _ = runtime.frame
                runtime.press(.escape)
            }
        }
    }
    report.add("open the overview + frame, p50", Measure.percentile(overviewTimes(dashboard), 50), "ms")
    // The agenda: every open dated action of the data is a deadline (most are overdue here).
    report.add("open the agenda + frame, p50", Measure.percentile(overviewTimes(dashboard, key: "D"), 50), "ms")
    report.add("agenda deadlines at 100k actions", Double(Agenda(state: state, today: today).deadlines.count), "")
    // The same in French: dates through an explicit fr_FR locale, every text through the catalogs.
    let french = DashboardRuntime(store: store, width: 200, height: 60, indexInBackground: false, language: .fr)
    let frenchFrames = (0..<50).map { _ in Measure.ms { _ = french.frame } }
    report.add("full frame 200x60 in French p50", Measure.percentile(frenchFrames, 50), "ms")
    report.add("open the overview + frame in French, p50", Measure.percentile(overviewTimes(french), 50), "ms")
    dashboard.press(.character("2")); dashboard.press(.character("a"))
    dashboard.press(.tab)
    var formKeys: [Double] = []
    for character in "universite, cluster" {
        formKeys.append(Measure.ms {
            dashboard.press(.character(character))
            _ = dashboard.frame
        })
    }
    report.add("form keystroke with partner suggestion + frame, p99", Measure.percentile(formKeys, 99), "ms")
    dashboard.press(.escape)
    var saves: [Double] = []
    dashboard.press(.character("3"))
    for i in 0..<20 {
        dashboard.press(.character("N"))
        for character in "note \(i)" { dashboard.press(.character(character)) }
        saves.append(Measure.ms {
            dashboard.press(.control("s"))
            _ = dashboard.frame
        })
    }
    report.add("save a note in the dashboard (fsync) + frame, p99", Measure.percentile(saves, 99), "ms")

    let actionID = state.sortedAgreements().first.flatMap { state.actions(ofAgreement: $0.id).first?.id } ?? ""
    var ticks: [Double] = []
    for _ in 0..<100 {
        ticks.append(try Measure.ms {
            if store.state.actions[actionID]?.isDone == true { try store.untick(actionID) } else { try store.tick(actionID) }
        })
    }
    report.add("tick incl. fsync p50", Measure.percentile(ticks, 50), "ms")
    report.add("tick incl. fsync p99", Measure.percentile(ticks, 99), "ms", goal: goalSize ? "< 10 ms" : nil,
               pass: goalSize ? Measure.percentile(ticks, 99) < 10 : nil)
    report.add("RSS of this process (data, index, dashboard)", Measure.memoryMB("VmRSS"), "MB")

    // Several processes on the data at once.
    try LiveChangesBench.followLatency(directory, ticks: quick ? 40 : 100, report: &report, goal: goalSize)
    try LiveChangesBench.tickWithBusyWriters(directory, ticks: quick ? 200 : 500, report: &report, goal: goalSize)

    // The first search in a dashboard just opened: the index built meanwhile on the other core
    // (as `accord` does), or built on the spot.
    var firstSearches: (background: [Double], onTheSpot: [Double]) = ([], [])
    for background in [true, false] {
        for _ in 0..<3 {
            let fresh = DashboardRuntime(store: store, width: 200, height: 60, indexInBackground: background)
            _ = fresh.frame
            usleep(300_000)  // a person's reaction before typing /
            let ms = Measure.ms {
                fresh.press(.character("/")); fresh.press(.character("h"))
                _ = fresh.frame
            }
            if background { firstSearches.background.append(ms) } else { firstSearches.onTheSpot.append(ms) }
        }
    }
    report.add("first / + letter, dashboard opened 0.3 s before", Measure.percentile(firstSearches.background, 50), "ms")
    report.add("first / + letter, index built on the spot", Measure.percentile(firstSearches.onTheSpot, 50), "ms")

    let accord = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("accord").path
    if FileManager.default.isExecutableFile(atPath: accord) {
        var runs: [Double] = []
        var peak: Double?
        for _ in 0..<5 {
            if let run = Measure.runProcess(accord, ["search", "handicap", "--data", directory, "--limit", "20"]) {
                runs.append(run.ms)
                if let p = run.peakMB { peak = max(peak ?? 0, p) }
            }
        }
        if !runs.isEmpty {
            let median = Measure.percentile(runs, 50)
            report.add("`accord search handicap` whole process", median, "ms", goal: goalSize ? "< 150 ms" : nil,
                       pass: goalSize ? median < 150 : nil)
            if let peak {
                report.add("peak RSS of that process (no undo history)", peak, "MB", goal: goalSize ? "< 150 MB" : nil,
                           pass: goalSize ? peak < 150 : nil)
            } else {
                print("(install the `time` package for /usr/bin/time to measure the peak RSS of a process)")
            }
        }
    } else {
        print("(no accord binary next to accord-bench: build it with `swift build -c release` to time `accord search`)")
    }
    if let run = Measure.runProcess(CommandLine.arguments[0], ["--dashboard-peak", directory]), let peak = run.peakMB {
        report.add("peak RSS of a dashboard process (index, a search)", peak, "MB", goal: goalSize ? "< 150 MB" : nil,
                   pass: goalSize ? peak < 150 : nil)
    }
}

// Teams: another replica's records arriving through git.
if let (directory, count) = largest {
    try TeamSyncBench.run(directory, root: root, incoming: 10_000, report: &report, goal: count >= 100_000)
}

// The journal: N records replayed, then opened again from a snapshot.
do {
    let directory = root + "/journal"
    let base = DataGenerator(agreements: 100, seed: 7).change()
    let actionID = base.events.compactMap { event -> String? in if case .actionCreated(let a) = event, a.doneOn == nil { return a.id }; return nil }.first!
    do {
        let store = try Store.open(directory: directory)
        try store.perform(base)
        try store.rebuildCache()
    }
    // Records written as the journal writes them: `<crc32c> <json>\n`, alternating tick and untick.
    let replica = try ReplicaIdentity.resolve(directory: directory, create: false) ?? "?"
    let clock = HybridClock.physical(Date())
    let handle = FileHandle(forWritingAtPath: DataLayout(directory: directory, replica: replica).journal)!
    handle.seekToEndOfFile()
    var buffer = [UInt8]()
    buffer.reserveCapacity(1 << 22)
    for i in 0..<journalRecords {
        let seq = i + 2
        let event = i % 2 == 0 ? #"{"id":"\#(actionID)","on":"2026-01-01","type":"actionTicked"}"# : #"{"id":"\#(actionID)","type":"actionUnticked"}"#
        let json = #"{"v":2,"replica":"\#(replica)","seq":\#(seq),"clock":\#(clock + seq),"at":"2026-01-01T00:00:00Z","kind":"change","label":"bench","events":[\#(event)]}"#
        buffer += Array(CRC32C.hex(Array(json.utf8)).utf8) + [UInt8(ascii: " ")] + Array(json.utf8) + [UInt8(ascii: "\n")]
        if buffer.count > (1 << 22) { handle.write(Data(buffer)); buffer.removeAll(keepingCapacity: true) }
    }
    handle.write(Data(buffer))
    handle.closeFile()
    var replayed = 0
    let replay = try Measure.ms {
        let store = try Store.open(directory: directory)
        replayed = store.journal?.replayedCount ?? 0
        try store.rebuildCache()
    }
    let rate = Double(replayed) / (replay / 1000)
    report.add("journal replay, \(replayed) records (and the cache written)", replay, "ms")
    report.add("journal replay throughput", rate, "rec/s", goal: ">= 500000", pass: rate >= 500_000)
    let reopen = try Measure.ms { _ = try Store.open(directory: directory) }
    report.add("open after compacting the \(replayed)-record journal", reopen, "ms", goal: "< 300 ms", pass: reopen < 300)
}

if !replayOnly { try runProcessBench() }

print("peak RSS of the whole run: \(String(format: "%.0f", Measure.memoryMB("VmHWM"))) MB")
if let path = option("--json") {
    try report.json().write(toFile: path, atomically: true, encoding: .utf8)
    print("JSON written to \(path)")
} else {
    print(report.json())
}
