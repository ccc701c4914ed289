import DeskmateCore
import Foundation
import TerminalUI

/// `t`, then the kind: an anonymous question answered on the spot.
enum TallyKeys: FixedFooterKeyMap {
    static let cancel = KeyBinding(.escape, hint: .init("Esc", "cancel"))
    /// Not a kind's key: a count kept on paper, for an hour already past.
    static let pastHour = KeyBinding(.character("h"), .tab, hint: .init("h", "a past hour…"),
                                     help: .init("  h", "after t: a count for a past hour (a paper tally sheet)"))

    /// One hint per kind, then the past hour and how to cancel (the last
    /// two stay when the footer is narrow).
    static var footer: [KeyBinding] {
        CloseForm.kindKeys.map { KeyBinding(.character($0.0), hint: .init(String($0.0), $0.1.label)) } + [pastHour, cancel]
    }

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        if pastHour.matches(key) {
            state.tallyForm = TallyForm(mode: state.form.mode)
            state.screen = .tallyForm
            return []
        }
        state.screen = .desk
        guard case .character(let c) = key, let kind = CloseForm.kind(for: c) else { return [] }
        let draft = EncounterDraft.tally(
            kind: kind, mode: state.form.mode, read: ReadLevel(rawValue: 1), at: state.now, desk: state.config.desk,
            branch: state.config.branch, staff: state.config.staff)
        return [.save(draft, timer: nil)]
    }
}
