@testable import DeskScreen
import DeskmateCore
import TerminalUI
import Testing

/// One key map: what the footer and the help overlay show is what the
/// handlers do, because all three read the same bindings.
@Suite struct KeyMapTests {
    /// Presses `key` on `state`; whether anything a person could notice
    /// happened (an effect, or a different frame).
    func reacts(_ state: DeskState, to key: Key) -> Bool {
        var s = state
        let before = DeskView.render(s).buffer
        let effects = DeskUpdate.update(&s, .key(key))
        return !effects.isEmpty || DeskView.render(s).buffer != before
    }

    @Test func everyKeyTheDeskShowsDoesSomething() {
        // A key may mean one thing on the desk and another on its own screen
        // (Enter, e): each binding is pressed where it is for.
        let shown = DeskKeys.footer + HelpKeys.sections.flatMap(\.bindings).filter { binding in
            DeskKeys.footer.allSatisfy { $0.keys != binding.keys || $0.help != binding.help }
        }
        for binding in shown where binding.hint != nil || binding.help != nil {
            var state = Fixture.busy()
            if binding.help == PromiseKeys.keep.help || binding.help == PromiseKeys.reopen.help {
                _ = DeskUpdate.update(&state, .key(.character("f")))
                _ = DeskUpdate.update(&state, .promisesLoaded(Fixture.promises()))
                // Reopen needs a kept promise chosen (the last); keep an owed one (the first).
                if binding.help == PromiseKeys.reopen.help { state.promises.list.selected = 4 }
            } else if binding.help == ShiftEncounterKeys.open.help {
                _ = DeskUpdate.update(&state, .key(.character("r")))
                _ = DeskUpdate.update(&state, .shiftEncountersLoaded(Fixture.shiftEncounters(), patrons: [:]))
            } else if [LookupKeys.attach, LookupKeys.addNew, LookupKeys.addWithDetails].contains(where: { $0.keys == binding.keys }) {
                _ = DeskUpdate.update(&state, .key(.character("/")))
                for c in "zz" { _ = DeskUpdate.update(&state, .key(.character(c))) }
                _ = DeskUpdate.update(&state, .lookupResults(generation: state.lookup.generation, []))
            } else if binding.help == SummaryKeys.export.help || binding.help == SummaryKeys.period.help {
                state = Fixture.summary(width: 100, height: 30)
            } else if [PeriodKeys.thisWeek, PeriodKeys.allDesks, PeriodKeys.numbers].contains(where: { $0.help == binding.help }) {
                state = PeriodFixture.state()
            } else if binding.help == TallyKeys.pastHour.help {
                _ = DeskUpdate.update(&state, .key(.character("t")))
            } else if binding.help == HelpKeys.back.help {
                _ = DeskUpdate.update(&state, .key(.character("?")))
            }
            for key in binding.keys {
                #expect(reacts(state, to: key), "\(binding.help?.key ?? binding.hint?.key ?? "?") (\(key)) does nothing")
            }
        }
    }

    @Test func theFooterAndTheHelpShowTheBindingsHints() {
        let footer = DeskView.render(Fixture.busy()).buffer.textLines().last ?? ""
        for binding in DeskKeys.footer.prefix(4) {
            let hint = try! #require(binding.hint)
            #expect(footer.contains("\(hint.key) \(hint.text)"))
        }
        // Tall enough for all of it; a shorter window scrolls (below).
        var s = Fixture.busy(width: 100, height: 60)
        _ = DeskUpdate.update(&s, .key(.character("?")))
        let help = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        for binding in HelpKeys.sections.flatMap(\.bindings) {
            let entry = try! #require(binding.help)
            #expect(help.contains(entry.text), "\(entry.key)")
        }
    }

    @Test func theHelpScrollsToItsLastKeyInASmallWindow() {
        var s = Fixture.busy(width: 80, height: 24)
        _ = DeskUpdate.update(&s, .key(.character("?")))
        let last = try! #require(HelpKeys.sections.last?.bindings.last?.help)
        #expect(DeskView.render(s).buffer.textLines().joined().contains("↓ more"))
        for _ in 0..<40 { _ = DeskUpdate.update(&s, .key(.down)) }
        let text = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        #expect(text.contains(last.text))
        #expect(!text.contains("↓ more"))
    }

    @Test func theSummaryScrollLimitFollowsTheWindow() {
        var s = Fixture.summary(width: 80, height: 16)
        let small = s.summaryScrollLimit
        #expect(small > 0)
        _ = DeskUpdate.update(&s, .resize(width: 100, height: 60))
        #expect(s.summaryScrollLimit < small, "a taller window scrolls less")
        _ = DeskUpdate.update(&s, .key(.pageDown))
        #expect(s.summaryScroll == s.summaryScrollLimit)
    }
}
