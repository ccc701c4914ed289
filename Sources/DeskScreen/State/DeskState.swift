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
        /// The patron form: editing the shown patron, or adding one.
        case patronForm
        /// The shown patron's whole history.
        case history
        /// What is owed: every promise, to keep or reopen.
        case promises
        /// This shift's encounters, to correct one.
        case shiftEncounters
        /// Past answers: the notes of every desk's encounters, searched.
        case answers
        /// This week, last week or this month, with the hour × weekday heat map.
        case period
        /// A count kept on paper, for a past hour.
        case tallyForm
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
    /// The id the next timer started on screen gets until the store gives it
    /// one: negative, so it never meets a stored id.
    public var nextLocalTimerID: Int64 = -1
    /// Local timer id → the store's id, once the store has answered, so an
    /// answer about the local id (a patron added for it) still finds it.
    public var storedTimerIDs: [Int64: Int64] = [:]
    /// Stored timers closed or abandoned here whose removal the store may
    /// not have seen yet: a snapshot taken before it does not bring them back.
    public var pendingRemovals: Set<Int64> = []
    /// Set while the shared store cannot be reached: what it said.
    public var storeUnreachable: String?
    /// Closed encounters kept only in memory (no outbox took them) until
    /// the store is back: quitting now would lose them, and the quit box says so.
    public var keptInMemory = 0

    public var lookup = LookupState()
    /// The card of the patron attached to the selected encounter.
    public var card: PatronCard?
    public var form = CloseForm()
    /// The patron form while it is open (or its answer is on its way).
    public var patronForm: PatronForm?
    /// The history screen's patron and encounters.
    public var history: HistoryState?
    /// Past answers: the words, the hits, the chosen one.
    public var answers = AnswersState()
    /// The list of promises.
    public var promises = PromiseList()
    /// This shift's encounters, to correct one.
    public var shiftEncounters = ShiftEncounterList()
    /// The close form as staff left it, while it shows an encounter being
    /// corrected: its remembered choices come back afterwards.
    public var formBeforeCorrection: CloseForm?
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
    /// The period view behind the summary.
    public var period = PeriodState()
    /// The past-hour tally form while it is open (or its answer is on its way).
    public var tallyForm: TallyForm?
    /// The first help line shown, when the help is taller than the window.
    public var helpScroll = 0
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

    /// Where the timer `id` (local or stored) is in the line now.
    public func timerIndex(id: Int64) -> Int? {
        timers.firstIndex { $0.id == id } ?? storedTimerIDs[id].flatMap { stored in timers.firstIndex { $0.id == stored } }
    }

    /// Timers whose patron is still waiting to be acknowledged.
    public var waiting: [WaitingPatron] { timers.filter { $0.served == nil } }

    /// Whether a clock on screen changes every second.
    public var needsTicks: Bool { !timers.isEmpty || lastSave != nil || flash != nil }
}
