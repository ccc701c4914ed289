import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import TerminalUI
import Testing

/// The period view and the past-hour tally through `DeskRuntime`, an
/// in-memory terminal and a real (in-memory) SQLite store: the report comes
/// from the store worker, and the tally lands in the store where every
/// summary counts it.
@Suite struct PeriodRuntimeTests {
    @Test func thePeriodViewReadsTheStoreAndAPastHoursTallyIsStoredAndCounted() throws {
        let desk = try WalkUpRuntimeTests.Desk()
        // Last week: three questions at Main desk and one at Reference, Wednesday 11 November at 14:00.
        let wednesday = PeriodFixture.monday.addingTimeInterval(2 * 86_400 + 14 * 3600)
        for (minutes, name) in [(5, "Main desk"), (10, "Main desk"), (20, "Main desk"), (30, "Reference")] {
            let at = wednesday.addingTimeInterval(Double(minutes * 60))
            _ = try desk.store.logEncounter(EncounterDraft(desk: name, staff: "JB", mode: .inPerson, kind: .reference,
                                                           arrived: at, served: at.addingTimeInterval(30), closed: at.addingTimeInterval(200)))
        }
        let t = desk.terminal
        t.send(.character("s"))                 // the shift summary
        t.pause(seconds: 1)
        t.send(.character("p"))                 // this week
        t.pause(seconds: 1)
        t.send(.character("l"))                 // last week, this desk
        t.pause(seconds: 1)
        t.send(.character("a"))                 // last week, every desk
        t.pause(seconds: 1)
        t.send(.escape, .escape)                // back to the summary, then the desk
        t.send(.character("t"), .character("h"), .character("d"))  // a past hour: directional
        t.type("12")
        t.send(.tab)
        t.type("08")
        t.send(.enter)
        t.pause(seconds: 1)
        t.send(.character("s"), .character("p"))  // the view again, as it was left: last week, every desk
        t.pause(seconds: 1)
        t.send(.character("w"))                 // this week
        t.pause(seconds: 1)
        t.send(.character("a"))                 // this desk again
        t.pause(seconds: 1)
        t.send(.escape, .escape, .character("q"), .character("y"))
        desk.runtime.run()
        #expect(desk.runtime.state.quitting)

        #expect(!desk.frames(containing: "Loading…").isEmpty, "the view said it was loading")
        let lastWeek = try #require(desk.frames(containing: "Last week · 9 Nov – 15 Nov · Main desk").last)
        #expect(lastWeek.contains("Busiest  Wed 14:00–15:00 · 3 encounters"))
        let everyDesk = try #require(desk.frames(containing: "Last week · 9 Nov – 15 Nov · every desk").last)
        #expect(everyDesk.contains("Busiest  Wed 14:00–15:00 · 4 encounters"))
        #expect(everyDesk.contains("Desks    Main desk 3 · Reference 1"))

        // The tally: twelve encounters at 08:00 today, at this desk, anonymous.
        let eight = Fixture.now.addingTimeInterval(-2.5 * 3600)
        let today = try desk.store.encounters(arrivedFrom: DeskCalendar(timeZone: Fixture.utc).startOfDay(Fixture.now), to: Fixture.now.addingTimeInterval(3600))
        #expect(today.count == 12)
        #expect(today.allSatisfy { $0.arrived == eight && $0.kind == .directional && $0.desk == "Main desk" && $0.patronID == nil })
        #expect(!desk.frames(containing: "Tallied 12 directional questions at 08:00").isEmpty)
        #expect(desk.runtime.state.today.encounters == 12, "today's counts on the desk include them")
        // This week's heat map, read again from the store, has them in Tuesday 08:00.
        let thisWeek = try #require(desk.frames(containing: "This week · 16 Nov – 22 Nov · Main desk").last)
        #expect(thisWeek.contains("Busiest  Tue 08:00–09:00 · 12 encounters"))
        // `summary` over today counts them as it counts live tallies.
        let summary = try ShiftReport.fromStore(store: desk.store, shift: nil, from: nil, to: Fixture.now, desk: .desk("Main desk", branch: DeskNames.defaultBranch),
                                                goals: DeskGoals(), timeZone: Fixture.utc, now: Fixture.now)
        #expect(summary.total == 12)
        #expect(summary.byKind["directional"] == 12)
    }
}
