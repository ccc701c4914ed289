import DeskmateCore
import Foundation

/// What the desk owes the store: the stored ids of timers the screen
/// started under a local id, and the timer changes made while the shared
/// store could not be reached, to be sent, in order, when it is back.
///
/// A timer started on screen gets a local (negative) id at once; the store
/// gives it its own id later, and every later call about it is translated
/// here. A timer started while the store is unreachable stays local until
/// the store is back (and is lost if the desk quits first: its patron has
/// not been recorded yet). Used only on the store worker's thread.
struct OfflineLedger {
    /// A timer that only the screen knows, as it is now.
    struct PendingStart: Equatable {
        var localID: Int64
        var arrived: Date
        var mode: ContactMode
        var patronID: Int64?
        var served: Date?
    }

    /// Local id → the store's id, for timers the store has.
    private(set) var storedIDs: [Int64: Int64] = [:]
    private(set) var starts: [PendingStart] = []
    /// Stored timers changed (served, a patron attached) while unreachable.
    private(set) var updates: [Int64: WaitingPatron] = [:]
    /// Stored timers closed or abandoned while unreachable.
    private(set) var removals: Set<Int64> = []
    /// Closed encounters kept in memory when no outbox could take them.
    var drafts: [EncounterDraft] = []

    var isEmpty: Bool { starts.isEmpty && updates.isEmpty && removals.isEmpty && drafts.isEmpty }

    /// The store's id for `id`, or nil when the store has no such timer yet.
    func stored(_ id: Int64) -> Int64? {
        id > 0 ? id : storedIDs[id]
    }

    mutating func started(localID: Int64, storedID: Int64) {
        storedIDs[localID] = storedID
        starts.removeAll { $0.localID == localID }
    }

    mutating func startLater(_ start: PendingStart) {
        starts.append(start)
    }

    /// A change to a timer while unreachable (or before the store had it).
    mutating func updateLater(_ timer: WaitingPatron) {
        if let stored = stored(timer.id) {
            var copy = timer
            copy.id = stored
            updates[stored] = copy
        } else if let index = starts.firstIndex(where: { $0.localID == timer.id }) {
            starts[index].patronID = timer.patronID
            starts[index].served = timer.served
        }
    }

    /// A timer closed or abandoned while unreachable: a local one is simply
    /// never sent; a stored one is removed when the store is back.
    mutating func removeLater(_ id: Int64) {
        if let stored = stored(id) {
            updates[stored] = nil
            removals.insert(stored)
        } else {
            starts.removeAll { $0.localID == id }
        }
    }

    mutating func dropStart(_ localID: Int64) { starts.removeAll { $0.localID == localID } }
    mutating func updateSent(_ id: Int64) { updates[id] = nil }
    mutating func removalSent(_ id: Int64) { removals.remove(id) }
}
