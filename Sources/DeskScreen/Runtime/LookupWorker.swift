import DeskmateCore
import Foundation

/// Runs lookups off the input thread, on a worker of their own so that a
/// slow save never holds a lookup up. Only the newest query matters: an
/// older one still queued is skipped, and its results would be dropped by
/// `update` anyway, so typing is never held up by the store.
public final class LookupWorker: @unchecked Sendable {
    private let requests: DeskStoreRequests
    private let worker = RequestWorker(label: "deskmate.lookup")
    private let lock = NSLock()
    private var latest = 0

    public init(requests: DeskStoreRequests) { self.requests = requests }

    public func submit(query: String, generation: Int, now: Date) {
        lock.withLock { latest = max(latest, generation) }
        worker.submit { [self] in
            guard lock.withLock({ generation == latest }) else { return [] }
            return requests.lookup(query: query, generation: generation, now: now)
        }
    }

    /// Results that have arrived since the last call.
    public func drain() -> [DeskMessage] { worker.drain() }

    /// Whether a lookup is still running or waiting to be collected.
    public var isBusy: Bool { worker.isBusy }
}
