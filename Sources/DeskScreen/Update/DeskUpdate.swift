import DeskmateCore
import Foundation
import TerminalUI

/// The desk screen's `update`: the next state and the effects to run, from
/// the current state and one message. Pure.
///
/// The store's answers arrive a while after the effect that asked (the
/// store runs on a worker, perhaps across a network), so each answer is
/// checked against the state as it is now, not as it was when asked: a
/// timer closed meanwhile, another patron chosen, another screen in front.
public enum DeskUpdate {
    public static func update(_ state: inout DeskState, _ message: DeskMessage) -> [DeskEffect] {
        switch message {
        case .tick(let now):
            state.now = now
            if let flash = state.flash, flash.until <= now { state.flash = nil }
            if let last = state.lastSave, now.timeIntervalSince(last.at) > 60 { state.lastSave = nil }
            return []
        case .resize(let width, let height):
            state.width = width
            state.height = height
            SummaryView.measure(&state)
            return []
        case .loaded(let snapshot):
            apply(snapshot, to: &state)
            return cardEffects(&state)
        case .lookupResults(let generation, let results):
            guard generation == state.lookup.generation else { return [] } // superseded
            state.lookup.results = results
            state.lookup.shownGeneration = generation
            state.lookup.list = ListState(selected: results.isEmpty ? nil : 0)
            return []
        case .cardLoaded(let card):
            // Staff may have chosen someone else while it loaded.
            if let card, card.patron.id != state.selected?.patronID { return [] }
            state.card = card
            return []
        case .timerStarted(let timer, let localID):
            state.pendingRemovals.remove(timer.id)
            state.storedTimerIDs[localID] = timer.id
            // Closed or abandoned meanwhile: the requests closed it in the store too.
            guard let index = state.timers.firstIndex(where: { $0.id == localID }) else { return [] }
            // What staff did to it meanwhile (served, a patron) stays: its
            // effects follow this one to the store.
            state.timers[index].id = timer.id
            return []
        case .timerNotStarted(let localID):
            guard let index = state.timers.firstIndex(where: { $0.id == localID }) else { return [] }
            state.timers.remove(at: index)
            if state.selectedTimer > index || state.selectedTimer >= state.timers.count {
                state.selectedTimer = max(0, state.selectedTimer - 1)
            }
            return cardEffects(&state)
        case .patronAdded(let patron, let timerID):
            state.flash = Flash(text: "Added \(patron.name)", isError: false, until: state.now.addingTimeInterval(4))
            return attach(patron, timerID: timerID, state: &state)
        case .patronEdited, .patronFormRefused, .historyLoaded, .promisesLoaded, .shiftEncountersLoaded, .encounterCorrected:
            return patronAnswer(message, state: &state)
        case .periodLoaded, .tallied, .tallyStopped:
            return reportAnswer(message, state: &state)
        case .saved(let encounter, let timer):
            state.lastSave = LastSave(encounter: encounter, timer: timer, at: state.now)
            state.flash = Flash(text: "Saved · u undoes for a minute", isError: false, until: state.now.addingTimeInterval(5))
            return [.load]
        case .undone:
            state.lastSave = nil
            state.flash = Flash(text: "Undone", isError: false, until: state.now.addingTimeInterval(4))
            return [.load]
        case .noteHits(let generation, let hits):
            guard generation == state.answers.generation else { return [] } // superseded
            state.answers.hits = hits
            state.answers.list = ListState(selected: hits.isEmpty ? nil : 0)
            return []
        case .summaryLoaded(let report):
            state.summary = report
            SummaryView.measure(&state)
            return []
        case .exported(let path):
            // The folder is in the README; the file's name is what to find.
            let shown = path.split(separator: "/").suffix(2).joined(separator: "/")
            state.flash = Flash(text: "Handover note saved: \(shown), beside the store", isError: false,
                                until: state.now.addingTimeInterval(10))
            return []
        case .failed(let text):
            state.flash = Flash(text: text, isError: true, until: state.now.addingTimeInterval(8))
            return []
        case .storeUnreachable(let detail):
            state.storeUnreachable = detail
            return []
        case .storeBack(let sent):
            state.storeUnreachable = nil
            state.keptInMemory = 0
            let text = sent == 0 ? "The shared store is back" : "The shared store is back · \(sent) kept encounter\(sent == 1 ? "" : "s") sent"
            state.flash = Flash(text: text, isError: false, until: state.now.addingTimeInterval(6))
            return []
        case .kept(let inOutbox):
            state.lastSave = nil
            if !inOutbox { state.keptInMemory += 1 }
            let text = inOutbox ? "Kept here · sent when the shared store is back"
                : "Kept in memory until the shared store is back · do not quit"
            state.flash = Flash(text: text, isError: !inOutbox, until: state.now.addingTimeInterval(6))
            return []
        case .key(let key):
            return handle(key, state: &state)
        }
    }

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        if HelpKeys.redraw.matches(key) { return [.redrawAll] }
        if state.privacyBlank {
            state.privacyBlank = false
            return []
        }
        return state.screen.parts.keys.handle(key, state: &state)
    }

    /// Takes the store's view, keeping what the store has not caught up
    /// with: timers it has not stored yet (local ids), changes to this
    /// desk's timers still on their way (only this desk changes them), and
    /// timers closed here whose removal is still on its way.
    static func apply(_ snapshot: DeskSnapshot, to state: inout DeskState) {
        let selectedID = state.selected?.id
        let mine = Dictionary(state.timers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let storedIDs = Set(snapshot.timers.map(\.id))
        state.timers = snapshot.timers.filter { !state.pendingRemovals.contains($0.id) }.map { mine[$0.id] ?? $0 }
            + state.timers.filter { $0.id < 0 }
        state.pendingRemovals.formIntersection(storedIDs)
        state.attached = snapshot.attached
        state.today = TodayCounts(snapshot.today, goals: state.config.goals)
        state.followUpsDue = snapshot.followUpsDue
        state.shift = snapshot.shift
        if let selectedID, let index = state.timers.firstIndex(where: { $0.id == selectedID }) {
            state.selectedTimer = index
        } else {
            state.selectedTimer = min(state.selectedTimer, max(0, state.timers.count - 1))
        }
    }

    /// Loads the card of the selected encounter's patron, or clears it.
    static func cardEffects(_ state: inout DeskState) -> [DeskEffect] {
        guard let patronID = state.selected?.patronID else {
            state.card = nil
            return []
        }
        if state.card?.patron.id == patronID { return [.loadCard(patronID: patronID)] }
        state.card = nil
        return [.loadCard(patronID: patronID)]
    }

    /// Attaches a patron to a timer (or starts serving them at once). A
    /// patron added while staff moved on leaves the screen they are on.
    static func attach(_ patron: Patron, timerID: Int64?, state: inout DeskState) -> [DeskEffect] {
        state.attached[patron.id] = patron
        if state.screen == .lookup { state.screen = .desk }
        if state.screen == .patronForm, state.patronForm?.isAdding == true {
            state.screen = .desk
            state.patronForm = nil
        }
        if let timerID {
            // The timer was closed while the patron was being added: they are remembered, nothing else.
            guard let index = state.timerIndex(id: timerID) else { return [] }
            state.timers[index].patronID = patron.id
            if state.timers[index].served == nil { state.timers[index].served = state.now }
            state.selectedTimer = index
            return [.updateTimer(state.timers[index]), .loadCard(patronID: patron.id)]
        }
        // Nobody in line: the patron is being served now.
        return startTimer(mode: .inPerson, patronID: patron.id, served: state.now, state: &state) + [.loadCard(patronID: patron.id)]
    }

    /// A timer on screen at once, under a local id, and the effect that
    /// stores it; the newcomer is chosen when nobody was, or when served.
    static func startTimer(mode: ContactMode, patronID: Int64? = nil, served: Date? = nil, state: inout DeskState) -> [DeskEffect] {
        let id = state.nextLocalTimerID
        state.nextLocalTimerID -= 1
        let choose = state.selected == nil || served != nil
        state.timers.append(WaitingPatron(id: id, arrived: state.now, served: served, patronID: patronID, mode: mode))
        if choose { state.selectedTimer = state.timers.count - 1 }
        return [.startTimer(arrived: state.now, mode: mode, patronID: patronID, served: served, localID: id)]
    }
}
