import DeskmateCore
import Foundation

extension DeskStoreRequests {
    /// Tries the store again after it could not be reached (the runtime
    /// calls this every `DeskRuntime.retryInterval`). When it answers: the
    /// timer changes made meanwhile are sent, in order, then the held
    /// encounters, and the desk reloads. When it still does not, nothing
    /// changes and the desk keeps working as it was.
    public func reconnect(now: Date) -> [DeskMessage] {
        var messages: [DeskMessage] = []
        do {
            _ = try store.openShift(desk: config.desk, branch: config.branch) // the cheapest call that needs the server
            let sentFromMemory = try sendLedger(into: &messages)
            markUnreachable(nil)
            let sent = (sendHeld?() ?? 0) + sentFromMemory
            return messages + [.storeBack(sent: sent)] + start(now: now)
        } catch let error as StoreError where error.isUnreachable {
            markUnreachable(error.description)
            return messages + [.storeUnreachable(error.description)]
        } catch {
            return messages + [.failed("\(error)")]
        }
    }

    /// Sends what the ledger holds, entry by entry: an entry leaves the
    /// ledger once the store has it, so a failure midway loses and doubles
    /// nothing. An entry the store refuses (not unreachable) is dropped with
    /// a message rather than retried for ever. Returns how many encounters
    /// kept in memory were sent.
    private func sendLedger(into messages: inout [DeskMessage]) throws -> Int {
        for start in ledger.starts {
            if let timer = try sending({ try storeTimer(start) }, into: &messages) {
                messages.append(.timerStarted(timer, localID: start.localID))
            }
            ledger.dropStart(start.localID)
        }
        for (id, timer) in ledger.updates.sorted(by: { $0.key < $1.key }) {
            _ = try sending({ try store.updateTimer(timer) }, into: &messages)
            ledger.updateSent(id)
        }
        for id in ledger.removals.sorted() {
            _ = try sending({ try store.removeTimer(id: id) }, into: &messages)
            ledger.removalSent(id)
        }
        var sent = 0
        while let draft = ledger.drafts.first {
            if try sending({ try store.logEncounter(draft) }, into: &messages) != nil { sent += 1 }
            ledger.drafts.removeFirst()
        }
        return sent
    }

    private func sending<T>(_ body: () throws -> T, into messages: inout [DeskMessage]) throws -> T? {
        do {
            return try body()
        } catch let error as StoreError where error.isUnreachable {
            throw error
        } catch {
            messages.append(.failed("\(error)"))
            return nil
        }
    }
}
