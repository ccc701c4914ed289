import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI

/// A fixed week for the period view: last week (Monday 9 to Sunday 15
/// November 2026) at two desks, busiest on weekday afternoons, quiet at the
/// weekend, beside a smaller week before it. Counts follow a formula, so the
/// heat map's cells are known without a store.
enum PeriodFixture {
    static let monday = Date(timeIntervalSince1970: 1_794_182_400)  // 2026-11-09T00:00:00Z
    static let weekBefore = monday.addingTimeInterval(-7 * 86_400)

    /// Encounters in weekday `w` (0 = Monday) at `hour`: none before 9, after
    /// 17, or at weekend hours outside 10–15.
    static func count(weekday w: Int, hour h: Int) -> Int {
        guard (9...17).contains(h), w < 5 || (10...15).contains(h) else { return 0 }
        return (w * 5 + h * 3) % 11
    }

    static func encounters(from start: Date, desk: String, scale: Int, firstID: Int64) -> [Encounter] {
        var out: [Encounter] = [], id = firstID
        for w in 0..<7 {
            for h in 0..<24 {
                for i in 0..<(count(weekday: w, hour: h) * scale / 2) {
                    let arrived = start.addingTimeInterval(Double(w * 86_400 + h * 3600 + i * 97))
                    out.append(Encounter(
                        id: id, patronID: i % 3 == 0 ? Int64(1 + i % 5) : nil, desk: desk, staff: "JB", mode: .inPerson,
                        kind: i % 2 == 0 ? .directional : .reference, arrived: arrived,
                        served: arrived.addingTimeInterval(Double(20 + 7 * i)), closed: arrived.addingTimeInterval(300)))
                    id += 1
                }
            }
        }
        return out
    }

    /// Last week's report for this desk (or both desks), as the store would give it.
    static func lastWeek(allDesks: Bool = false) -> PeriodReport {
        var now = encounters(from: monday, desk: "Main desk", scale: 2, firstID: 1)
        var before = encounters(from: weekBefore, desk: "Main desk", scale: 1, firstID: 5_000)
        if allDesks {
            now += encounters(from: monday, desk: "Reference", scale: 1, firstID: 10_000)
            before += encounters(from: weekBefore, desk: "Reference", scale: 1, firstID: 15_000)
        }
        return PeriodReport(
            from: monday, to: monday.addingTimeInterval(7 * 86_400), desk: allDesks ? nil : "Main desk",
            branch: allDesks ? nil : DeskNames.defaultBranch, encounters: now, previousEncounters: before,
            returningIDs: [1, 2], previousReturningIDs: [], owed: [], goals: Fixture.config.goals, timeZone: Fixture.utc,
            now: Fixture.now)
    }

    /// The period view on last week, its report in.
    static func state(width: Int = 100, height: Int = 30, numbers: Bool = false, allDesks: Bool = false) -> DeskState {
        var s = Fixture.summary(width: width, height: height)
        for key in ["p", "l"] + (allDesks ? ["a"] : []) + (numbers ? ["n"] : []) {
            _ = DeskUpdate.update(&s, .key(.character(Character(key))))
        }
        _ = DeskUpdate.update(&s, .periodLoaded(generation: s.period.generation, lastWeek(allDesks: allDesks)))
        return s
    }

    /// The tally form filled in: 12 directional questions at 08:00 today.
    static func tallyForm(width: Int = 100, height: Int = 30) -> DeskState {
        var s = Fixture.busy(width: width, height: height)
        for c in "thd12" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        _ = DeskUpdate.update(&s, .key(.tab))
        for c in "08" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        return s
    }
}
