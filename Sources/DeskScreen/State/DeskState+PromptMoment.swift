import DeskmateCore
import Foundation

extension DeskState {
    /// The moment the prompt panel chooses by: derived from the state, never
    /// stored, and computed by the core's `PromptMoment.at` — the same call
    /// `deskmate prompt` makes — with what only the screen can see added.
    public var promptMoment: PromptMoment {
        var seen = Set<DeskSituation>()
        if card?.isReturning == true { seen.insert(.returningPatron) }
        if screen == .closeForm {
            if form.refusing { seen.insert(.refusing) }
            if form.kind == .complaint { seen.insert(.complaint) }
            if form.kind == .suggestion { seen.insert(.suggestion) }
        }
        return PromptMoment.at(
            now, timeZone: config.timeZone, goals: config.goals, quietMinutes: config.quietMinutes, timers: timers,
            encountersToday: today.encounters, lastArrival: today.lastArrival, shiftStarted: shift?.started, also: seen)
    }
}
