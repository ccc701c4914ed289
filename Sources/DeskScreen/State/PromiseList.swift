import DeskmateCore
import Foundation
import TerminalUI

/// What is owed (`f` on the desk): every promise, overdue first, then due
/// today, then upcoming, then those already kept (newest kept first, so a
/// promise kept by mistake is at the top of them to reopen).
public struct PromiseList: Sendable, Equatable {
    /// Where a promise stands on the desk's day.
    public enum Standing: String, Sendable, CaseIterable {
        case overdue, today, upcoming, kept

        public var label: String {
            switch self {
            case .overdue: "overdue"
            case .today: "due today"
            case .upcoming: "upcoming"
            case .kept: "kept"
            }
        }
    }

    /// Nil until the store answers.
    public var items: [OwedFollowUp]?
    public var list = ListState(selected: 0)

    public init() {}

    /// `all` in the order the list shows them, with where each stands on `today` (yyyy-MM-dd).
    public static func ordered(_ all: [OwedFollowUp], today: String) -> [OwedFollowUp] {
        let open = all.filter { !$0.followUp.isKept }.sorted { a, b in
            (a.followUp.due ?? "9999", a.encounter.arrived) < (b.followUp.due ?? "9999", b.encounter.arrived)
        }
        let kept = all.filter(\.followUp.isKept).sorted { ($0.followUp.keptAt ?? .distantPast) > ($1.followUp.keptAt ?? .distantPast) }
        return open + kept
    }

    public static func standing(_ item: OwedFollowUp, today: String) -> Standing {
        if item.followUp.isKept { return .kept }
        guard let due = item.followUp.due else { return .upcoming }
        return due < today ? .overdue : (due == today ? .today : .upcoming)
    }

    /// The chosen promise, if any.
    public var chosen: OwedFollowUp? {
        guard let items, let i = list.selected, items.indices.contains(i) else { return nil }
        return items[i]
    }
}
