import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The patron form, the history screen and the list of promises through
/// `update`, with the effects they ask for and late answers checked.
@Suite struct PatronScreensUpdateTests {
    func press(_ state: inout DeskState, _ keys: Key...) -> [DeskEffect] {
        keys.flatMap { DeskUpdate.update(&state, .key($0)) }
    }

    func type(_ state: inout DeskState, _ text: String) -> [DeskEffect] {
        text.flatMap { DeskUpdate.update(&state, .key(.character($0))) }
    }

    @Test func eEditsTheShownPatronAndSavesEveryFieldShown() {
        var s = Fixture.busy()
        _ = press(&s, .character("e"))
        #expect(s.screen == .patronForm)
        #expect(s.patronForm?.preferred.text == "Kate", "filled with what is kept")
        _ = press(&s, .control("u"))
        _ = type(&s, "Katie")
        _ = press(&s, .tab, .tab, .control("u")) // notes emptied: cleared
        let effects = press(&s, .enter)
        #expect(effects == [.editPatron(id: 1, PatronDraft(preferredName: "Katie", pronunciation: "oh-KAH-for", notes: ""))])
        #expect(s.screen == .patronForm, "the form waits for the store")
        #expect(press(&s, .enter).isEmpty, "a second Enter while saving asks nothing")
        var katie = Fixture.kate
        katie.preferredName = "Katie"
        katie.notes = nil
        _ = DeskUpdate.update(&s, .patronEdited(katie))
        #expect(s.screen == .desk)
        #expect(s.patronForm == nil)
        #expect(s.card?.patron.preferredName == "Katie")
        #expect(s.attached[1]?.preferredName == "Katie", "the line shows the new name too")
    }

    @Test func theFormRefusesAsTypedWhatTheCommandLineRefuses() {
        var s = Fixture.busy()
        _ = press(&s, .character("e"), .control("u"))
        _ = type(&s, "Ka\u{1B}[2J\u{07}te")
        #expect(s.patronForm?.preferred.text == "Ka[2Jte", "control characters are dropped as typed")
        _ = type(&s, String(repeating: "x", count: InputLimits.name + 20))
        #expect(s.patronForm?.preferred.text.count == InputLimits.name, "no more than the limit is taken")
        _ = press(&s, .tab)
        _ = type(&s, String(repeating: "y", count: InputLimits.pronunciation + 5))
        #expect(s.patronForm?.pronunciation.text.count == InputLimits.pronunciation)
    }

    @Test func aRefusalKeepsTheFormAndWhatWasTyped() {
        var s = Fixture.busy()
        _ = press(&s, .character("e"), .tab)
        _ = type(&s, " ah")
        _ = press(&s, .enter)
        _ = DeskUpdate.update(&s, .failed("The store is busy"))
        _ = DeskUpdate.update(&s, .patronFormRefused)
        #expect(s.screen == .patronForm)
        #expect(s.patronForm?.saving == false)
        #expect(s.patronForm?.pronunciation.text == "oh-KAH-for ah")
        #expect(s.flash?.isError == true)
    }

    @Test func anEditThatLandsAfterStaffMovedOnLeavesTheirScreen() {
        var s = Fixture.busy()
        _ = press(&s, .character("e"))
        _ = type(&s, "y")
        _ = press(&s, .enter, .escape, .character("/"))
        var katie = Fixture.kate
        katie.preferredName = "Katey"
        _ = DeskUpdate.update(&s, .patronEdited(katie))
        #expect(s.screen == .lookup, "staff are looking someone up: they stay there")
        #expect(s.card?.patron.preferredName == "Katey", "the card still follows the store")
    }

    @Test func eAndHNeedAShownPatron() {
        var s = Fixture.state()
        #expect(press(&s, .character("e")).isEmpty)
        #expect(press(&s, .character("h")).isEmpty)
        #expect(s.screen == .desk)
        #expect(s.flash?.text == "No patron shown: / looks one up")
    }

    @Test func ctrlPAddsANewPatronWithDetailsAtOnce() {
        var s = Fixture.busy()
        _ = press(&s, .down, .character("/"))
        _ = type(&s, "Siobhan Kelly")
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, []))
        _ = press(&s, .control("p"))
        #expect(s.screen == .patronForm)
        #expect(s.patronForm?.name.text == "Siobhan Kelly")
        _ = type(&s, "Shiv")
        _ = press(&s, .tab)
        _ = type(&s, "shi-VAWN")
        let effects = press(&s, .enter)
        #expect(effects == [.addPatron(PatronDraft(name: "Siobhan Kelly", preferredName: "Shiv", pronunciation: "shi-VAWN", notes: ""),
                                       timerID: 2)])
        let added = Patron(id: 9, name: "Siobhan Kelly", preferredName: "Shiv", pronunciation: "shi-VAWN", created: Fixture.now)
        let attach = DeskUpdate.update(&s, .patronAdded(added, timerID: 2))
        #expect(s.screen == .desk)
        #expect(s.patronForm == nil)
        #expect(s.selected?.patronID == 9)
        #expect(attach.contains(.loadCard(patronID: 9)))
    }

    @Test func aNewPatronNeedsANameSaidInTheForm() {
        var s = Fixture.state()
        _ = press(&s, .character("/"), .control("p"))
        #expect(s.patronForm?.focus == .name)
        _ = press(&s, .tab)
        _ = type(&s, "Shiv")
        #expect(press(&s, .enter).isEmpty)
        #expect(s.patronForm?.error == "The name is empty.")
        #expect(s.patronForm?.focus == .name, "the focus goes where the fix is")
    }

    @Test func hShowsTheWholeHistoryAndScrollsIt() {
        var s = Fixture.busy()
        #expect(press(&s, .character("h")) == [.loadHistory(patronID: 1)])
        #expect(s.screen == .history)
        _ = DeskUpdate.update(&s, .historyLoaded(patronID: 2, [])) // someone else's, late
        #expect(s.history?.encounters == nil)
        _ = DeskUpdate.update(&s, .historyLoaded(patronID: 1, Fixture.kateHistory()))
        #expect(s.history?.encounters?.count == 12)
        _ = press(&s, .down, .down)
        #expect(s.history?.list.selected == 2)
        _ = press(&s, .pageDown, .pageDown, .pageDown)
        #expect(s.history?.list.selected == 11, "the end of it, no further")
        _ = press(&s, .character("g"))
        #expect(s.history?.list.selected == 0)
        _ = press(&s, .escape)
        #expect(s.screen == .desk)
    }

    @Test func fListsEveryPromiseAndKeepsTheChosenOne() {
        var s = Fixture.busy()
        #expect(press(&s, .character("f")) == [.loadPromises])
        #expect(s.screen == .promises)
        _ = DeskUpdate.update(&s, .promisesLoaded(Fixture.promises().reversed()))
        let ids = s.promises.items?.map(\.followUp.id)
        #expect(ids == [1, 2, 3, 4, 5], "overdue, today, upcoming, no day, then kept")
        let standings = s.promises.items?.map { PromiseList.standing($0, today: "2026-11-17") }
        #expect(standings == [.overdue, .today, .upcoming, .upcoming, .kept])
        _ = press(&s, .down, .down)
        #expect(press(&s, .enter) == [.keepFollowUp(id: 3)], "any one, not only the first")
        _ = press(&s, .down, .down)
        #expect(press(&s, .enter).isEmpty, "a kept one is not kept twice")
        #expect(press(&s, .character("r")) == [.reopenFollowUp(id: 5)], "one kept by mistake is reopened")
        _ = press(&s, .up)
        #expect(press(&s, .character("r")).isEmpty, "one still owed has nothing to reopen")
    }

    @Test func promisesThatLandAfterStaffLeftTheListAreNotKept() {
        var s = Fixture.busy()
        _ = press(&s, .character("f"), .escape)
        _ = DeskUpdate.update(&s, .promisesLoaded(Fixture.promises()))
        #expect(s.promises.items == nil)
    }
}
