import DeskmateCore
import Foundation

/// Which moments hold at the desk now, so the prompt panel shows the point
/// that fits: derived from the state, never stored.
enum DeskMoments {
    static func current(_ state: DeskState) -> PromptChooser.Moment {
        var holding = Set<DeskMoment>()
        let goal = Double(state.config.goals.acknowledgeSeconds)
        let waiting = state.waiting
        if waiting.contains(where: { state.now.timeIntervalSince($0.arrived) > goal }) { holding.insert(.waitingPastGoal) }
        if waiting.count >= 3 { holding.insert(.busyDesk) }
        if state.card?.isReturning == true { holding.insert(.returningPatron) }
        if state.screen == .closeForm {
            if state.form.refusing { holding.insert(.refusing) }
            if state.form.kind == .complaint { holding.insert(.complaint) }
            if state.form.kind == .suggestion { holding.insert(.suggestion) }
        }
        if state.timers.isEmpty {
            let last = state.today.lastArrival ?? state.shift?.started ?? .distantPast
            if state.now.timeIntervalSince(last) > Double(state.config.quietMinutes * 60) { holding.insert(.quietDesk) }
        }
        let seconds = state.now.timeIntervalSince1970 + Double(state.config.timeZone.secondsFromGMT(for: state.now))
        let day = Int((seconds / 86_400).rounded(.down))
        let quarter = Int(seconds.truncatingRemainder(dividingBy: 86_400) / 900)
        return PromptChooser.Moment(holding: holding, step: state.today.encounters + quarter, daySeed: day)
    }
}
