import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The patron form, the history screen and the list of promises, at
/// 100×30 and 80×24 (files under `__Snapshots__`, recorded as SnapshotTests' are).
@Suite struct PatronScreenSnapshotTests {
    func expectSnapshot(_ state: DeskState, _ name: String) { Snapshot.expect(state, name) }

    @Test(arguments: SnapshotTests.sizes) func editForm(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("e")))
        _ = DeskUpdate.update(&s, .key(.tab))
        expectSnapshot(s, "patron-form-edit")
    }

    @Test(arguments: SnapshotTests.sizes) func newPatronForm(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("/")))
        for c in "Siobhan Kelly" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, []))
        _ = DeskUpdate.update(&s, .key(.control("p")))
        for c in "Shiv" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        expectSnapshot(s, "patron-form-new")
    }

    @Test(arguments: SnapshotTests.sizes) func history(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("h")))
        _ = DeskUpdate.update(&s, .historyLoaded(patronID: 1, Fixture.kateHistory()))
        for _ in 0..<3 { _ = DeskUpdate.update(&s, .key(.down)) }
        expectSnapshot(s, "history")
    }

    @Test(arguments: SnapshotTests.sizes) func promises(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("f")))
        _ = DeskUpdate.update(&s, .promisesLoaded(Fixture.promises()))
        _ = DeskUpdate.update(&s, .key(.down))
        expectSnapshot(s, "promises")
    }
}

@Suite struct CorrectionSnapshotTests {
    @Test(arguments: SnapshotTests.sizes) func shiftEncounters(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("r")))
        _ = DeskUpdate.update(&s, .shiftEncountersLoaded(Fixture.shiftEncounters(), patrons: [1: Fixture.kate]))
        if let problem = Snapshot.check(s, named: "shift-encounters-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
        _ = DeskUpdate.update(&s, .key(.enter))
        if let problem = Snapshot.check(s, named: "correct-encounter-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }
}
