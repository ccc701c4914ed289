import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import Testing

/// `deskmate prompt` promises "the point the desk would show now": the
/// point its store-side moment chooses must be the one the screen draws,
/// in any time zone (it once showed point 3 on the screen and 13 on the
/// command line in Pacific/Kiritimati, UTC+14).
@Suite struct PromptAgreementTests {
    static let zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC", "Asia/Kolkata", "America/St_Johns", "Europe/Berlin"]

    /// A store with three encounters logged in the local morning, and the
    /// instant `hours` after local midnight of 17 November 2026.
    func desk(_ zone: TimeZone, hours: Double) throws -> (SQLiteStore, Date) {
        let store = try SQLiteStore.inMemory()
        let midnight = try #require(DeskCalendar(timeZone: zone).midnight(ofDay: "2026-11-17"))
        for i in 0..<3 {
            let arrived = midnight.addingTimeInterval(3600 * (1 + Double(i)))
            _ = try store.logEncounter(EncounterDraft(
                desk: "Main desk", staff: "JB", mode: .inPerson, kind: .reference, arrived: arrived, closed: arrived.addingTimeInterval(60)))
        }
        return (store, midnight.addingTimeInterval(hours * 3600))
    }

    @Test(arguments: zones) func theCommandLineChoosesThePointTheScreenDraws(zone name: String) throws {
        let zone = try #require(TimeZone(identifier: name))
        for hours in [4.0, 9.25, 13.5, 23.9] {
            let (store, now) = try desk(zone, hours: hours)
            let config = DeskConfig(desk: "Main desk", staff: "JB", timeZone: zone)
            // The screen: the store's snapshot, loaded into the state, drawn.
            var state = DeskState(config: config, now: now, width: 100, height: 30)
            let snapshot = try DeskStoreRequests(store: store, config: config).snapshot(now: now)
            _ = DeskUpdate.update(&state, .loaded(snapshot))
            let frame = DeskView.render(state).buffer.textLines().joined(separator: "\n")
            // The command line: the moment from the store.
            let moment = try PromptMoment.at(now, store: store, desk: config.desk, branch: config.branch, timeZone: zone, goals: config.goals)
            let (prompt, _) = PromptChooser().choose(moment)

            #expect(state.today.encounters == 3)
            #expect(moment == state.promptMoment, "\(name) at \(hours) h")
            #expect(frame.contains("Point \(prompt.number) of 20"), "\(name) at \(hours) h: the screen drew another point")
        }
    }
}
