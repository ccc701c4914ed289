import DeskmateCore
import Foundation
import Testing

@Suite struct TimingTests {
    @Test func phasesTurnAmberThenRed() {
        #expect(TimerPhase(elapsed: 0, goal: 60) == .withinGoal)
        #expect(TimerPhase(elapsed: 44, goal: 60) == .withinGoal)
        #expect(TimerPhase(elapsed: 45, goal: 60) == .nearGoal)
        #expect(TimerPhase(elapsed: 60, goal: 60) == .nearGoal)
        #expect(TimerPhase(elapsed: 61, goal: 60) == .pastGoal)
        #expect(TimerPhase(elapsed: 5, goal: 0) == .pastGoal)
    }

    @Test func clockFormat() {
        #expect(ElapsedFormat.clock(0) == "0:00")
        #expect(ElapsedFormat.clock(7.9) == "0:07")
        #expect(ElapsedFormat.clock(272) == "4:32")
        #expect(ElapsedFormat.clock(3729) == "1:02:09")
        #expect(ElapsedFormat.clock(-3) == "0:00")
    }

    @Test func waitAndServiceFollowTheThreeInstants() {
        let t0 = Date(timeIntervalSince1970: 1_000)
        var e = Encounter(id: 1, desk: "D", staff: "JB", mode: .inPerson, kind: .reference, arrived: t0)
        #expect(e.wait == nil && e.service == nil)
        e.served = t0.addingTimeInterval(42)
        e.closed = t0.addingTimeInterval(342)
        #expect(e.wait == 42)
        #expect(e.service == 300)
    }

    @Test func readLevelsAreOneToSix() {
        #expect(ReadLevel(rawValue: 0) == nil)
        #expect(ReadLevel(rawValue: 7) == nil)
        #expect(ReadLevel.all.map(\.rawValue) == [1, 2, 3, 4, 5, 6])
    }

    @Test func days() {
        #expect(DayFormat.isValid("2026-11-24"))
        #expect(!DayFormat.isValid("2026-02-30"))
        #expect(!DayFormat.isValid("tomorrow"))
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        let d = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(DayFormat.string(d, timeZone: utc) == "2026-11-18")
    }

    @Test func encounterLineRemindsStaff() {
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        let arrived = Date(timeIntervalSince1970: 1_793_664_000) // 2026-11-03
        var e = Encounter(id: 1, desk: "D", staff: "JB", mode: .phone, kind: .reference, arrived: arrived,
                          note: "ILL request for The Overstory")
        e.followUp = FollowUp(id: 1, encounterID: 1, promise: "a call", due: "2026-11-05", keptAt: arrived)
        let line = EncounterLine.text(e, timeZone: utc, now: arrived.addingTimeInterval(86_400 * 10))
        #expect(line == "3 Nov — reference: ILL request for The Overstory · promised a call · kept")
        #expect(EncounterLine.day(arrived, timeZone: utc, now: arrived.addingTimeInterval(86_400 * 400)) == "3 Nov 2026")
    }
}
