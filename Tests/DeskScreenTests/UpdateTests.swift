@testable import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// Each key path through `update`, with the effects it asks for.
@Suite struct UpdateTests {
    func press(_ state: inout DeskState, _ keys: Key...) -> [DeskEffect] {
        keys.flatMap { DeskUpdate.update(&state, .key($0)) }
    }

    func type(_ state: inout DeskState, _ text: String) -> [DeskEffect] {
        text.flatMap { DeskUpdate.update(&state, .key(.character($0))) }
    }

    @Test func nStartsATimerAtOnce() {
        var s = Fixture.state()
        #expect(press(&s, .character("n")) == [.startTimer(arrived: Fixture.now, mode: .inPerson, patronID: nil, served: nil, localID: -1)])
        #expect(s.timers.map(\.id) == [-1], "on screen before the store answers")
        #expect(press(&s, .character("p")) == [.startTimer(arrived: Fixture.now, mode: .phone, patronID: nil, served: nil, localID: -2)])
        _ = DeskUpdate.update(&s, .timerStarted(WaitingPatron(id: 5, arrived: Fixture.now), localID: -1))
        #expect(s.timers.map(\.id) == [5, -2], "the store's id replaces the local one")
        #expect(s.needsTicks)
    }

    @Test func enterServesTheChosenPatron() {
        var s = Fixture.busy()
        _ = press(&s, .down)
        #expect(s.selected?.id == 2)
        let effects = press(&s, .enter)
        #expect(s.selected?.served == Fixture.now)
        #expect(effects.first == .updateTimer(WaitingPatron(id: 2, arrived: Fixture.now.addingTimeInterval(-75), served: Fixture.now)))
    }

    @Test func elapsedComesFromTheClockNotFromTicks() {
        var s = Fixture.busy()
        let before = DeskView.render(s).buffer.textLines().joined()
        #expect(before.contains("1:15"))
        _ = DeskUpdate.update(&s, .tick(Fixture.now.addingTimeInterval(3600)))
        let after = DeskView.render(s).buffer.textLines().joined()
        #expect(after.contains("1:01:15"), "one tick an hour later shows the hour")
    }

    @Test func lookupAsksOnEveryKeystrokeAndDropsStaleResults() {
        var s = Fixture.busy()
        _ = press(&s, .character("/"))
        #expect(s.screen == .lookup)
        let effects = type(&s, "ka")
        #expect(effects == [.lookup(query: "k", generation: 1), .lookup(query: "ka", generation: 2)])
        // The answer to "k" arrives after "ka" was typed: dropped.
        _ = DeskUpdate.update(&s, .lookupResults(generation: 1, Fixture.matches()))
        #expect(s.lookup.results.isEmpty)
        _ = DeskUpdate.update(&s, .lookupResults(generation: 2, Fixture.matches()))
        #expect(s.lookup.results.count == 2)
        _ = press(&s, .down)
        #expect(s.lookup.list.selected == 1)
    }

    @Test func enterAttachesThePatronToTheChosenTimer() {
        var s = Fixture.busy()
        _ = press(&s, .down) // the walk-up waiting 1:15
        _ = press(&s, .character("/"))
        _ = type(&s, "kat")
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, Fixture.matches()))
        let effects = press(&s, .enter)
        #expect(s.screen == .desk)
        #expect(s.selected?.patronID == 1)
        #expect(s.selected?.served == Fixture.now, "attaching starts serving")
        #expect(effects.contains(.loadCard(patronID: 1)))
    }

    @Test func attachingWithNobodyInLineStartsServingAtOnce() {
        var s = Fixture.state()
        _ = press(&s, .character("/"))
        _ = type(&s, "kat")
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, Fixture.matches()))
        let effects = press(&s, .enter)
        #expect(effects.first == .startTimer(arrived: Fixture.now, mode: .inPerson, patronID: 1, served: Fixture.now, localID: -1))
    }

    @Test func anUnknownNameIsAddedInOneKey() {
        var s = Fixture.busy()
        _ = press(&s, .character("/"))
        _ = type(&s, "Quillon Xu")
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, []))
        #expect(press(&s, .enter) == [.addPatron(PatronDraft(name: "Quillon Xu"), timerID: 1)])
        #expect(press(&s, .control("n")) == [.addPatron(PatronDraft(name: "Quillon Xu"), timerID: 1)])
    }

    @Test func closingTakesFourKeys() {
        var s = Fixture.busy()
        var effects = press(&s, .character("c"), .character("r"), .character("3"))
        effects += press(&s, .enter)
        guard case .save(let draft, let timer) = effects.last else {
            Issue.record("no save effect: \(effects)")
            return
        }
        #expect(timer?.id == 1)
        #expect(draft.patronID == 1)
        #expect(draft.kind == .reference)
        #expect(draft.read?.rawValue == 3)
        #expect(draft.arrived == Fixture.now.addingTimeInterval(-400))
        #expect(draft.served == Fixture.now.addingTimeInterval(-250))
        #expect(draft.closed == Fixture.now)
        #expect(s.timers.map(\.id) == [2, 3])
        #expect(s.screen == .desk)
    }

    @Test func theCloseFormRemembersTheLastChoices() {
        var s = Fixture.busy()
        _ = press(&s, .character("c"), .character("a"), .character("4"), .enter)
        _ = press(&s, .character("c"))
        #expect(s.form.kind == .readersAdvisory)
        #expect(s.form.read?.rawValue == 4)
        #expect(s.form.note.isEmpty)
    }

    @Test func aPromiseGetsADueDate() {
        var s = Fixture.busy()
        _ = press(&s, .character("c"), .character("r"), .character("2"))
        _ = type(&s, "ILL")
        _ = press(&s, .tab)
        _ = type(&s, "a call")
        _ = press(&s, .tab)
        _ = type(&s, "+3")
        guard case .save(let draft, _) = press(&s, .enter).last else {
            Issue.record("no save")
            return
        }
        #expect(draft.note == "ILL")
        #expect(draft.followUp == FollowUpDraft(promise: "a call", due: "2026-11-20"))
    }

    @Test func aBadDueDateKeepsTheFormOpen() {
        var s = Fixture.busy()
        _ = press(&s, .character("c"), .character("r"), .character("2"), .tab)
        _ = type(&s, "a call")
        _ = press(&s, .tab)
        _ = type(&s, "someday")
        #expect(press(&s, .enter).isEmpty)
        #expect(s.screen == .closeForm)
        #expect(s.form.error != nil)
    }

    @Test func complaintsAndRefusalsChangeThePrompt() {
        var s = Fixture.busy()
        _ = press(&s, .character("c"), .character("m"))
        #expect(DeskView.render(s).buffer.textLines().joined().contains("Point 16 of 20"))
        _ = press(&s, .backTab, .backTab, .character("!"))
        #expect(s.form.refusing)
        let text = DeskView.render(s).buffer.textLines().joined(separator: " ")
        #expect(text.contains("Point 17 of 20"))
        #expect(text.contains("The customer should always hear yes"))
    }

    @Test func tallyIsOneKeyPlusKind() {
        var s = Fixture.state()
        let effects = press(&s, .character("t"), .character("d"))
        guard case .save(let draft, let timer) = effects.first else {
            Issue.record("no save")
            return
        }
        #expect(timer == nil)
        #expect(draft.patronID == nil)
        #expect(draft.kind == .directional)
        #expect(s.screen == .desk)
    }

    @Test func undoWorksForAMinute() {
        var s = Fixture.busy()
        let e = Encounter(id: 9, desk: "D", staff: "JB", mode: .inPerson, kind: .other, arrived: Fixture.now)
        _ = DeskUpdate.update(&s, .saved(e, timer: nil))
        #expect(press(&s, .character("u")) == [.undo(LastSave(encounter: e, timer: nil, at: Fixture.now))])
        _ = DeskUpdate.update(&s, .saved(e, timer: nil))
        _ = DeskUpdate.update(&s, .tick(Fixture.now.addingTimeInterval(61)))
        #expect(press(&s, .character("u")).isEmpty)
    }

    @Test func quittingWithARunningTimerAsksAndKeepsIt() {
        var s = Fixture.busy()
        #expect(press(&s, .character("q")).isEmpty)
        #expect(s.screen == .quitConfirm)
        #expect(DeskView.render(s).buffer.textLines().joined().contains("3 timers keep running"))
        #expect(press(&s, .escape).isEmpty)
        #expect(s.screen == .desk && !s.quitting)
        #expect(press(&s, .character("q"), .character("y")) == [.quit])
        #expect(s.quitting)
        #expect(s.timers.count == 3, "quitting removes no timer")
        var t = Fixture.busy()
        #expect(press(&t, .character("q"), .character("e")) == [.endShift, .quit])
    }

    @Test func privacyBlankHidesUntilAKey() {
        var s = Fixture.busy()
        _ = press(&s, .character("x"))
        #expect(s.privacyBlank)
        #expect(press(&s, .character("n")).isEmpty, "the key that unhides does nothing else")
        #expect(!s.privacyBlank)
    }

    @Test func escapeGoesBackAndCtrlLRedraws() {
        var s = Fixture.busy()
        for key in [Key.character("/"), .character("c"), .character("s"), .character("?"), .character("t")] {
            _ = press(&s, key)
            _ = press(&s, .escape)
            #expect(s.screen == .desk, "\(key)")
        }
        #expect(press(&s, .control("l")) == [.redrawAll])
    }

    @Test func resizeChangesTheLayout() {
        var s = Fixture.busy()
        _ = DeskUpdate.update(&s, .resize(width: 30, height: 8))
        #expect(DeskView.render(s).buffer.textLines().joined().contains("Make the window larger"))
        _ = DeskUpdate.update(&s, .resize(width: 100, height: 30))
        #expect(DeskView.render(s).buffer.textLines().joined().contains("Waiting line"))
    }

    @Test func theSummaryScrollsAndExportsInOneKey() {
        var s = Fixture.summary(width: 80, height: 16)
        #expect(s.screen == .summary)
        _ = press(&s, .up)
        #expect(s.summaryScroll == 0, "cannot scroll above the top")
        _ = press(&s, .down, .down)
        #expect(s.summaryScroll == 2)
        _ = press(&s, .pageDown, .pageDown, .pageDown)
        let bottom = s.summaryScroll
        _ = press(&s, .down)
        #expect(s.summaryScroll == bottom, "cannot scroll past the end")
        _ = press(&s, .home)
        #expect(s.summaryScroll == 0)
        #expect(press(&s, .character("e")) == [.exportSummary])
        _ = DeskUpdate.update(&s, .exported(path: "/home/jb/.local/share/deskmate/handovers/summary-2026-11-17-103000.md"))
        #expect(DeskView.render(s).buffer.textLines().last?.contains("handovers/summary-2026-11-17-103000.md") == true)
        _ = press(&s, .escape)
        #expect(s.screen == .desk)
        _ = press(&s, .character("s"))
        #expect(s.summaryScroll == 0, "opens at the top again")
    }

    @Test func theSummaryScreenShowsWhatTheReportsSay() throws {
        let s = Fixture.summary(width: 100, height: 30)
        let report = try #require(s.summary)
        let screen = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        let text = ReportWriter(report: report, timeZone: Fixture.utc).text()
        let clock = { (v: Double?) in v.map { ElapsedFormat.clock($0) } ?? "—" }
        #expect(screen.contains("\(report.total) encounters · \(report.withPatron) with a known patron · \(report.anonymous) anonymous"))
        #expect(text.contains("Encounters: \(report.total) (\(report.withPatron) with a known patron, \(report.anonymous) anonymous)"))
        for value in [report.wait.median, report.wait.p90, report.wait.max, report.service.median] {
            #expect(screen.contains(clock(value)) && text.contains(clock(value)))
        }
        #expect(text.contains("\(report.returningPatrons) returning, \(report.newPatrons) new"))
        #expect(screen.contains("\(report.returningPatrons) returning, \(report.newPatrons) new"))
    }

    @Test func storeFailuresAreShownNotFatal() {
        var s = Fixture.busy()
        _ = DeskUpdate.update(&s, .failed("deskmate.sqlite is busy in another program; try again in a moment."))
        #expect(DeskView.render(s).buffer.textLines().last?.contains("busy in another program") == true)
    }
}
