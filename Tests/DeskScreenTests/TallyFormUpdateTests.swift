import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The past-hour tally form through `update`: what Enter asks the store to
/// record, and the one-line refusals for a count or hour it must not take.
@Suite struct TallyFormUpdateTests {
    func type(_ state: inout DeskState, _ text: String) -> [DeskEffect] {
        text.flatMap { DeskUpdate.update(&state, .key(.character($0))) }
    }

    /// The form with `count` and `hour` typed in, kind directional.
    func filled(count: String, hour: String) -> DeskState {
        var s = Fixture.busy()
        _ = type(&s, "thd" + count)
        _ = DeskUpdate.update(&s, .key(.tab))
        _ = type(&s, hour)
        return s
    }

    @Test func enterRecordsTheCountAtTheHourTyped() throws {
        var s = PeriodFixture.tallyForm()
        #expect(s.screen == .tallyForm)
        let effects = DeskUpdate.update(&s, .key(.enter))
        let eight = Fixture.now.addingTimeInterval(-2.5 * 3600)  // 08:00 on Tuesday 17 November
        let draft = EncounterDraft.tally(kind: .directional, mode: .inPerson, read: nil, at: eight, desk: "Main desk",
                                         branch: DeskNames.defaultBranch, staff: "JB")
        #expect(effects == [.tally(draft, count: 12)])
        #expect(s.tallyForm?.sending == 12)
        #expect(DeskUpdate.update(&s, .key(.enter)).isEmpty, "a second Enter waits for the store")
        // The store took them: back to the desk, the counts reloaded.
        #expect(DeskUpdate.update(&s, .tallied(count: 12, kind: .directional, at: eight)) == [.load])
        #expect(s.screen == .desk)
        #expect(s.tallyForm == nil)
        #expect(s.flash?.text == "Tallied 12 directional questions at 08:00")
        #expect(s.lastSave == nil, "u does not take back an earlier save after a sheet's hour")
    }

    @Test func relativeHoursAndTheModeAndAnEmptyCount() {
        var s = Fixture.busy()
        _ = type(&s, "th")
        _ = DeskUpdate.update(&s, .key(.character("r")))   // reference
        _ = DeskUpdate.update(&s, .key(.tab))              // count left empty: one
        _ = type(&s, "-2h")
        _ = DeskUpdate.update(&s, .key(.tab))
        _ = type(&s, "p")                                  // by phone
        guard case .tally(let draft, let count)? = DeskUpdate.update(&s, .key(.enter)).first else {
            Issue.record("no tally asked for")
            return
        }
        #expect(count == 1)
        #expect(draft.arrived == Fixture.now.addingTimeInterval(-7200))
        #expect(draft.kind == .reference && draft.mode == .phone && draft.patronID == nil)
    }

    @Test(arguments: [
        ("0", "08", "Count must be a whole number from 1 to 500."),
        ("501", "08", "Count must be a whole number from 1 to 500."),
        ("", "14", "14:00 is still to come: a tally is for an hour that has begun."),
        ("", "10:45", "10:45 is still to come: a tally is for an hour that has begun."),
        ("", "25", "Hour must be a whole number from 0 to 23."),
        ("", "9:75", "Minutes must be a whole number from 0 to 59."),
        ("", "-200h", "Hours back (-2h) must be a whole number from 1 to 168."),
        ("", "noon", "Hour: type 14 or 14:30 (today), or -2h (two hours ago)."),
        ("", "", "Hour: type 14 or 14:30 (today), or -2h (two hours ago)."),
    ])
    func aCountOrHourItMustNotTakeIsRefusedInOneLine(count: String, hour: String, message: String) {
        var s = filled(count: count, hour: hour)
        #expect(DeskUpdate.update(&s, .key(.enter)).isEmpty)
        #expect(s.tallyForm?.error == message)
        #expect(s.screen == .tallyForm, "the form stays, with what was typed")
        #expect(s.tallyForm?.hour.text == hour)
        // Shown under the form (wrapped when the form is narrow).
        let shown = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        #expect(shown.contains(String(message.prefix(24))))
    }

    @Test func theCurrentHourIsAPastHour() {
        var s = filled(count: "3", hour: "10")
        guard case .tally(let draft, _)? = DeskUpdate.update(&s, .key(.enter)).first else {
            Issue.record("10:00 refused at 10:30")
            return
        }
        #expect(draft.arrived == Fixture.now.addingTimeInterval(-1800))
    }

    @Test func whenTheStoreStopsPartWayOnlyTheRestIsSentAgain() {
        var s = PeriodFixture.tallyForm()
        _ = DeskUpdate.update(&s, .key(.enter))
        #expect(DeskUpdate.update(&s, .tallyStopped(recorded: 5)) == [.load])
        #expect(s.screen == .tallyForm)
        #expect(s.tallyForm?.count.text == "7")
        #expect(s.tallyForm?.sending == nil)
        #expect(s.tallyForm?.error == "5 of 12 recorded before the store stopped; Enter records the other 7.")
        guard case .tally(_, let count)? = DeskUpdate.update(&s, .key(.enter)).first else {
            Issue.record("Enter did not send the rest")
            return
        }
        #expect(count == 7)
    }

    @Test func escLeavesTheFormAndTheLiveTallyStillTakesOneKey() {
        var s = PeriodFixture.tallyForm()
        _ = DeskUpdate.update(&s, .key(.escape))
        #expect(s.screen == .desk)
        guard case .save(let draft, nil)? = type(&s, "tr").first else {
            Issue.record("t r no longer tallies")
            return
        }
        #expect(draft.arrived == Fixture.now && draft.kind == .reference)
    }
}
