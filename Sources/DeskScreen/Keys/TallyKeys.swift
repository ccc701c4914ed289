import DeskmateCore
import Foundation
import TerminalUI

/// `t`, then the kind: an anonymous question answered on the spot.
enum TallyKeys {
    static let cancel = KeyBinding(.escape, hint: .init("Esc", "cancel"))

    /// One hint per kind, then how to cancel.
    static var footer: [KeyBinding] {
        CloseForm.kindKeys.map { KeyBinding(.character($0.0), hint: .init(String($0.0), $0.1.label)) } + [cancel]
    }

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        state.screen = .desk
        guard case .character(let c) = key, let kind = CloseForm.kind(for: c) else { return [] }
        let draft = EncounterDraft(
            desk: state.config.desk, branch: state.config.branch, staff: state.config.staff, mode: state.form.mode, kind: kind,
            read: ReadLevel(rawValue: 1), arrived: state.now, served: state.now, closed: state.now)
        return [.save(draft, timer: nil)]
    }
}
