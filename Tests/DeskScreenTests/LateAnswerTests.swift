@testable import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The store answers on a worker, a while after it was asked: each answer
/// must still do the right thing when the desk has moved on meanwhile.
@Suite struct LateAnswerTests {
    func press(_ state: inout DeskState, _ keys: Key...) -> [DeskEffect] {
        keys.flatMap { DeskUpdate.update(&state, .key($0)) }
    }

    static let timers = [
        WaitingPatron(id: 1, arrived: Fixture.now.addingTimeInterval(-400), served: Fixture.now.addingTimeInterval(-250), patronID: 1),
        WaitingPatron(id: 2, arrived: Fixture.now.addingTimeInterval(-75)),
        WaitingPatron(id: 3, arrived: Fixture.now.addingTimeInterval(-12), mode: .phone),
    ]

    func snapshot(_ timers: [WaitingPatron]) -> DeskSnapshot {
        DeskSnapshot(timers: timers, attached: [1: Fixture.kate], today: [], followUpsDue: [], shift: nil)
    }

    @Test func aCardForAPatronNoLongerChosenIsDropped() {
        var s = Fixture.busy()
        s.card = nil
        _ = press(&s, .down) // nobody attached to the second timer
        _ = DeskUpdate.update(&s, .cardLoaded(PatronCard(patron: Fixture.kate, recent: [])))
        #expect(s.card == nil, "Kate's card arrived after staff chose someone else")
        _ = press(&s, .up)
        _ = DeskUpdate.update(&s, .cardLoaded(PatronCard(patron: Fixture.kate, recent: [])))
        #expect(s.card?.patron.id == 1)
    }

    /// A load asked for before staff acted answers after: the timers they
    /// closed, served or started since are not undone by it.
    @Test func aSnapshotOlderThanTheDesksOwnChangesDoesNotUndoThem() {
        var s = Fixture.state()
        _ = DeskUpdate.update(&s, .loaded(snapshot(Self.timers)))
        _ = press(&s, .character("d"))                 // timer 1 left
        _ = press(&s, .enter)                          // timer 2 served
        _ = press(&s, .character("n"))                 // someone new, not stored yet
        _ = DeskUpdate.update(&s, .loaded(snapshot(Self.timers)))
        #expect(s.timers.map(\.id) == [2, 3, -1], "the abandoned timer stays gone, the new one stays")
        #expect(s.timers.first?.served == Fixture.now, "the serve is not undone")
        // Once the store has caught up, a later timer with that id is shown again.
        _ = DeskUpdate.update(&s, .loaded(snapshot(Array(Self.timers.dropFirst()))))
        #expect(s.pendingRemovals.isEmpty)
    }

    @Test func aTimerClosedBeforeTheStoreAnsweredStaysClosed() {
        var s = Fixture.state()
        _ = press(&s, .character("n"))
        _ = press(&s, .character("d"))
        let effects = DeskUpdate.update(&s, .timerStarted(WaitingPatron(id: 9, arrived: Fixture.now), localID: -1))
        #expect(s.timers.isEmpty)
        #expect(effects.isEmpty, "the requests closed it in the store (they map -1 to 9)")
    }

    @Test func aFormOpenOnANewTimerSavesItUnderTheStoresID() {
        var s = Fixture.state()
        _ = press(&s, .character("n"), .character("c"))
        _ = DeskUpdate.update(&s, .timerStarted(WaitingPatron(id: 9, arrived: Fixture.now), localID: -1))
        let effects = press(&s, .character("r"), .character("3"), .enter)
        guard case .save(_, let timer) = effects.last else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(timer?.id == 9)
        #expect(s.timers.isEmpty)
    }

    @Test func aPatronAddedAfterTheirTimerClosedStartsNothing() {
        var s = Fixture.busy()
        _ = press(&s, .character("s")) // staff moved on to the summary
        let zoe = Fixture.zoe
        let effects = DeskUpdate.update(&s, .patronAdded(zoe, timerID: 99))
        #expect(effects.isEmpty, "no timer is started for a patron whose timer is gone")
        #expect(s.timers.count == 3)
        #expect(s.screen == .summary, "the screen staff are on stays")
        #expect(s.attached[zoe.id] == zoe)
    }

    @Test func aPatronAddedForANewTimerFindsItUnderEitherID() {
        var s = Fixture.state()
        _ = press(&s, .character("n"), .character("/"))
        _ = DeskUpdate.update(&s, .timerStarted(WaitingPatron(id: 9, arrived: Fixture.now), localID: -1))
        let effects = DeskUpdate.update(&s, .patronAdded(Fixture.zoe, timerID: -1))
        #expect(s.timers.first?.patronID == Fixture.zoe.id)
        #expect(effects.first == .updateTimer(WaitingPatron(id: 9, arrived: Fixture.now, served: Fixture.now, patronID: 2)))
        #expect(s.screen == .desk)
    }

    @Test func theStoreGoingAndComingBackIsOneLineAndLookupsSaySo() {
        var s = Fixture.busy(width: 80, height: 24)
        _ = DeskUpdate.update(&s, .storeUnreachable("The connection was lost."))
        let header = DeskView.render(s).buffer.textLines()[0]
        #expect(header.contains("Shared store unreachable · encounters kept, sent when back"))
        _ = press(&s, .character("/"), .character("z"))
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, []))
        #expect(DeskView.render(s).buffer.textLines().joined().contains("The shared store cannot be reached"))
        #expect(press(&s, .enter).isEmpty, "no patron is added while the store cannot take one")
        _ = DeskUpdate.update(&s, .storeBack(sent: 2))
        #expect(s.storeUnreachable == nil)
        #expect(s.flash?.text == "The shared store is back · 2 kept encounters sent")
        #expect(!DeskView.render(s).buffer.textLines()[0].contains("unreachable"))
    }
}

extension LateAnswerTests {
    /// Closing one encounter moves the choice to the next in line; their
    /// card is asked for at once, not only after a reload, which an
    /// unreachable store would never give.
    @Test func closingMovesTheCardToTheNextInLine() {
        var s = Fixture.state()
        _ = DeskUpdate.update(&s, .loaded(snapshot(Array(Self.timers.prefix(2)))))
        _ = press(&s, .down)                                   // the walk-up, nobody attached
        #expect(s.card == nil)
        let effects = press(&s, .character("c"), .character("r"), .character("3"), .enter)
        #expect(s.selected?.patronID == 1, "Kate is the one left")
        #expect(effects.contains(.loadCard(patronID: 1)))
        _ = DeskUpdate.update(&s, .storeUnreachable("gone"))
        let text = DeskView.render(s).buffer.textLines().joined()
        #expect(text.contains("Kate · their card shows when the shared store is back."))
    }
}

extension LateAnswerTests {
    /// Quitting while the store is away loses what only the screen holds:
    /// the quit box says what, before staff confirm.
    @Test func theQuitBoxSaysWhatOnlyThisScreenHolds() {
        var s = Fixture.busy()
        _ = DeskUpdate.update(&s, .storeUnreachable("gone"))
        _ = press(&s, .character("n"))
        _ = DeskUpdate.update(&s, .kept(inOutbox: false))
        _ = DeskUpdate.update(&s, .kept(inOutbox: true))
        _ = press(&s, .character("q"))
        let text = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        #expect(text.contains("3 timers keep running and will be here next time."))
        #expect(text.contains("1 timer started while the store was away will be lost."))
        #expect(text.contains("1 closed encounter is only in memory and will be lost."))
        _ = press(&s, .escape)
        _ = DeskUpdate.update(&s, .storeBack(sent: 1))
        #expect(s.keptInMemory == 0)
    }
}

extension LateAnswerTests {
    /// A timer the store refused (a store file busy in another program) was
    /// never recorded: it leaves the screen with the message, as before the
    /// screen showed timers before the store answered.
    @Test func aTimerTheStoreRefusedLeavesTheScreen() {
        var s = Fixture.busy()
        _ = press(&s, .character("n"), .character("p"))
        _ = press(&s, .down, .down, .down)                      // the walk-up, -1
        #expect(s.selected?.id == -1)
        _ = DeskUpdate.update(&s, .failed("busy in another program"))
        _ = DeskUpdate.update(&s, .timerNotStarted(localID: -1))
        #expect(s.timers.map(\.id) == [1, 2, 3, -2])
        #expect(s.selected?.id == -2, "the choice moves to the next in line")
        _ = DeskUpdate.update(&s, .timerNotStarted(localID: -1))
        #expect(s.timers.count == 4, "twice is once")
    }
}
