import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// Correcting an encounter of this shift: `r`, choose it, the close form
/// filled with it, Enter sends the correction.
@Suite struct CorrectionUpdateTests {
    func press(_ state: inout DeskState, _ keys: Key...) -> [DeskEffect] {
        keys.flatMap { DeskUpdate.update(&state, .key($0)) }
    }

    func listed() -> DeskState {
        var s = Fixture.busy()
        _ = press(&s, .character("r"))
        _ = DeskUpdate.update(&s, .shiftEncountersLoaded(Fixture.shiftEncounters(), patrons: [1: Fixture.kate]))
        return s
    }

    @Test func rListsTheShiftAndEnterCorrectsAKindChosenByMistake() {
        var s = Fixture.busy()
        #expect(press(&s, .character("r")) == [.loadShiftEncounters])
        #expect(s.screen == .shiftEncounters)
        _ = DeskUpdate.update(&s, .shiftEncountersLoaded(Fixture.shiftEncounters(), patrons: [1: Fixture.kate]))
        _ = press(&s, .down, .enter)
        #expect(s.screen == .closeForm)
        #expect(s.form.correcting?.id == 119)
        #expect(s.form.kind == .directional, "the form shows the encounter as saved")
        #expect(s.form.note.text == "Toilets")
        let effects = press(&s, .character("p"), .enter) // policy, not directions
        #expect(effects == [.correctEncounter(id: 119, EncounterCorrection(
            kind: .policy, mode: .inPerson, read: ReadLevel(rawValue: 1), note: "Toilets", followUp: nil, staff: "JB"))])
        #expect(s.screen == .shiftEncounters, "back to the list")
        #expect(s.form.correcting == nil)
        #expect(s.form.kind == .reference, "the close form's remembered choice is as staff left it")
    }

    @Test func anEmptiedPromiseIsRemoved() {
        var s = listed()
        _ = press(&s, .enter)
        #expect(s.form.followUp.text == "hold the new L'Amour")
        s.form.focus = .followUp
        _ = press(&s, .control("u"))
        guard case .correctEncounter(120, let correction)? = press(&s, .enter).first else {
            Issue.record("no correction")
            return
        }
        #expect(correction.followUp == FollowUpDraft(promise: "", due: nil))
    }

    @Test func escapeLeavesTheEncounterAsItWas() {
        var s = listed()
        _ = press(&s, .enter, .character("m"), .escape)
        #expect(s.screen == .shiftEncounters)
        #expect(s.form.correcting == nil)
        #expect(s.shiftEncounters.encounters?.first?.kind == .reference)
    }

    @Test func theAnswerUpdatesTheListAndALateListIsDropped() {
        var s = listed()
        var corrected = Fixture.shiftEncounters()[1]
        corrected.kind = .policy
        _ = DeskUpdate.update(&s, .encounterCorrected(corrected))
        #expect(s.shiftEncounters.encounters?[1].kind == .policy)
        _ = press(&s, .escape)
        _ = DeskUpdate.update(&s, .shiftEncountersLoaded([], patrons: [:]))
        #expect(s.shiftEncounters.encounters?.count == 3, "a list that lands after staff left is not taken")
    }
}
