import DeskmateCore
import Foundation

/// Runs lookups off the input thread. Only the newest query matters: an
/// older one still queued is skipped, and its results would be dropped by
/// `update` anyway, so typing is never held up by the store.
public final class LookupWorker: @unchecked Sendable {
    private let requests: DeskStoreRequests
    private let queue = DispatchQueue(label: "deskmate.lookup", qos: .userInitiated)
    private let lock = NSLock()
    private var latest = 0
    private var mailbox: [DeskMessage] = []
    private var pending = 0

    public init(requests: DeskStoreRequests) { self.requests = requests }

    public func submit(query: String, generation: Int, now: Date) {
        lock.withLock {
            latest = max(latest, generation)
            pending += 1
        }
        queue.async { [self] in
            defer { lock.withLock { pending -= 1 } }
            guard lock.withLock({ generation == latest }) else { return }
            let messages = requests.lookup(query: query, generation: generation, now: now)
            lock.withLock { mailbox.append(contentsOf: messages) }
        }
    }

    /// Results that have arrived since the last call.
    public func drain() -> [DeskMessage] {
        lock.withLock {
            defer { mailbox.removeAll() }
            return mailbox
        }
    }

    /// Whether a lookup is still running or waiting to be collected.
    public var isBusy: Bool {
        lock.withLock { pending > 0 || !mailbox.isEmpty }
    }
}
