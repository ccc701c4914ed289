import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The keys several screens share (`ScrollKeys`, `FormKeys`) do the same on
/// each of them: Page Up goes back a page, not to the top; Shift-Tab and ↑
/// move a form's focus back; Esc leaves a form and forgets its refusal.
@Suite struct SharedKeysUpdateTests {
    func press(_ state: inout DeskState, _ keys: Key...) -> [DeskEffect] {
        keys.flatMap { DeskUpdate.update(&state, .key($0)) }
    }

    @Test func pageUpGoesBackAPageInTheHistory() {
        // Short enough that a page is less than the twelve encounters.
        var s = Fixture.busy(width: 80, height: 16)
        _ = press(&s, .character("h"))
        _ = DeskUpdate.update(&s, .historyLoaded(patronID: 1, Fixture.kateHistory()))
        _ = press(&s, .pageDown)
        let page = s.history?.list.selected ?? 0
        #expect(page > 1 && page < 10, "a page (\(page)) is shorter than the history")
        _ = press(&s, .down, .down, .pageUp)
        #expect(s.history?.list.selected == 2)
        _ = press(&s, .pageUp)
        #expect(s.history?.list.selected == 0, "no further than the top")
    }

    @Test func pageUpGoesBackAPageInTheSummary() {
        var s = Fixture.summary(width: 80, height: 16)
        // A summary longer than the window: pages of four lines, forty to scroll.
        s.summaryPageHeight = 5
        s.summaryScrollLimit = 40
        _ = press(&s, .pageDown, .pageDown)
        #expect(s.summaryScroll == 8)
        _ = press(&s, .pageUp)
        #expect(s.summaryScroll == 4)
        _ = press(&s, .down, .down, .pageUp)
        #expect(s.summaryScroll == 2)
        _ = press(&s, .pageUp)
        #expect(s.summaryScroll == 0, "no further than the top")
    }

    @Test func shiftTabAndUpMoveTheTallyFormsFocusBack() {
        var s = PeriodFixture.tallyForm()
        #expect(s.tallyForm?.focus == .hour)
        _ = press(&s, .backTab)
        #expect(s.tallyForm?.focus == .count)
        _ = press(&s, .up)
        #expect(s.tallyForm?.focus == .kind)
        _ = press(&s, .down)
        #expect(s.tallyForm?.focus == .count)
    }

    @Test func shiftTabMovesThePatronFormsFocusBackRound() {
        var s = Fixture.state()
        _ = press(&s, .character("/"), .control("p"))
        #expect(s.patronForm?.focus == .name)
        _ = press(&s, .backTab)
        #expect(s.patronForm?.focus == .notes)
        _ = press(&s, .up)
        #expect(s.patronForm?.focus == .pronunciation)
    }

    @Test func escLeavesAFormAndForgetsItsRefusal() {
        var s = Fixture.state()
        _ = press(&s, .character("/"), .control("p"), .enter)
        #expect(s.patronForm?.error == "The name is empty.")
        _ = press(&s, .escape)
        #expect(s.screen == .desk)
        #expect(s.patronForm?.error == nil)
    }
}
