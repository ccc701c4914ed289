import DeskmateCore
import Foundation
import TerminalUI

/// Everything the desk screen shows, in one value. `update` makes the next
/// one from a message; `view` draws it. Nothing here touches a terminal, a
/// store or the clock: `now` arrives with each tick.
public struct DeskState: Sendable {
    /// Which screen is in front.
    public enum Screen: Sendable, Equatable {
        case desk
        case lookup
        case closeForm
        case tally
        case summary
        case help
        case quitConfirm
    }

    public var config: DeskConfig
    public var now: Date
    public var width: Int
    public var height: Int
    public var screen: Screen = .desk
    /// Everything patron-related is hidden until a key is pressed.
    public var privacyBlank = false

    /// The waiting line, oldest first; the served ones are being helped.
    public var timers: [WaitingPatron] = []
    public var selectedTimer: Int = 0
    /// The patrons attached to timers, for names in the line.
    public var attached: [Int64: Patron] = [:]

    public var lookup = LookupState()
    /// The card of the patron attached to the selected encounter.
    public var card: PatronCard?
    public var form = CloseForm()
    public var today = TodayCounts()
    public var summary: ShiftReport?
    /// The first summary line shown; the summary scrolls when it is longer
    /// than the screen.
    public var summaryScroll = 0
    /// How far the summary can scroll, and how many of its lines show at
    /// once, at this size: set by `SummaryView.measure` when the report
    /// arrives or the window changes, and read by the scroll keys.
    public var summaryScrollLimit = 0
    public var summaryPageHeight = 1
    public var followUpsDue: [OwedFollowUp] = []
    public var shift: Shift?

    /// The last save, which `u` can take back within a minute.
    public var lastSave: LastSave?
    /// A one-line message in the status bar (saved, undone, errors).
    public var flash: Flash?
    /// Set when the program should end.
    public var quitting = false

    public init(config: DeskConfig, now: Date, width: Int, height: Int) {
        self.config = config
        self.now = now
        self.width = width
        self.height = height
    }

    /// The timer staff are working on: the selected one, if any.
    public var selected: WaitingPatron? {
        timers.indices.contains(selectedTimer) ? timers[selectedTimer] : nil
    }

    /// Timers whose patron is still waiting to be acknowledged.
    public var waiting: [WaitingPatron] { timers.filter { $0.served == nil } }

    /// Whether a clock on screen changes every second.
    public var needsTicks: Bool { !timers.isEmpty || lastSave != nil || flash != nil }
}

/// The desk's settings: who and where, its goals, its time zone.
public struct DeskConfig: Sendable, Equatable {
    public var desk: String
    public var staff: String
    public var goals: DeskGoals
    public var timeZone: TimeZone
    /// Minutes without a visitor after which the desk counts as quiet.
    public var quietMinutes: Int
    /// Where `e` on the summary screen writes the handover note; nil when
    /// this desk cannot write one.
    public var handoverFolder: String?

    public init(
        desk: String, staff: String, goals: DeskGoals = DeskGoals(), timeZone: TimeZone, quietMinutes: Int = PromptMoment.quietMinutes,
        handoverFolder: String? = nil
    ) {
        self.desk = desk
        self.staff = staff
        self.goals = goals
        self.timeZone = timeZone
        self.quietMinutes = quietMinutes
        self.handoverFolder = handoverFolder
    }
}

/// The lookup line and its results.
public struct LookupState: Sendable {
    public var field = TextField(maxLength: 200)
    public var results: [PatronMatch] = []
    public var list = ListState()
    /// Increases with every keystroke; results of an older query are dropped.
    public var generation = 0
    /// The generation whose results are shown.
    public var shownGeneration = 0

    public init() {}

    public var isSearching: Bool { shownGeneration != generation && !field.isEmpty }
}

/// What the desk knows of the patron in front of it.
public struct PatronCard: Sendable, Equatable {
    public var patron: Patron
    public var recent: [Encounter]

    public init(patron: Patron, recent: [Encounter]) {
        self.patron = patron
        self.recent = recent
    }

    public var openFollowUps: [FollowUp] { recent.compactMap(\.followUp).filter { !$0.isKept } }
    public var isReturning: Bool { !recent.isEmpty }
}

/// Today's counts on the desk screen.
public struct TodayCounts: Sendable, Equatable {
    public var encounters = 0
    public var withPatron = 0
    public var withinGoal = 0
    public var lastArrival: Date?

    public init() {}

    public init(_ encounters: [Encounter], goals: DeskGoals) {
        self.encounters = encounters.count
        withPatron = encounters.filter { $0.patronID != nil }.count
        withinGoal = encounters.filter { ($0.wait ?? 0) <= Double(goals.acknowledgeSeconds) }.count
        lastArrival = encounters.map(\.arrived).max()
    }
}

public struct LastSave: Sendable, Equatable {
    public var encounter: Encounter
    public var timer: WaitingPatron?
    public var at: Date

    public init(encounter: Encounter, timer: WaitingPatron?, at: Date) {
        self.encounter = encounter
        self.timer = timer
        self.at = at
    }
}

public struct Flash: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public var until: Date
}
