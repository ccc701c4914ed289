import Foundation

/// Runs jobs one at a time, in the order given, on a thread of its own, and
/// keeps their answers until the input loop drains them. The desk's store
/// calls run here so that typing, timers and redraws never wait on a disk
/// or a network: the loop only hands jobs over and picks answers up.
public final class RequestWorker: @unchecked Sendable {
    private let queue: DispatchQueue
    private let lock = NSLock()
    private var mailbox: [DeskMessage] = []
    private var pending = 0

    public init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    /// Queues `job`; its messages arrive, in order, through `drain`.
    public func submit(_ job: @escaping @Sendable () -> [DeskMessage]) {
        lock.withLock { pending += 1 }
        queue.async { [self] in
            let messages = job()
            lock.withLock {
                mailbox.append(contentsOf: messages)
                pending -= 1
            }
        }
    }

    /// Answers that have arrived since the last call.
    public func drain() -> [DeskMessage] {
        lock.withLock {
            defer { mailbox.removeAll() }
            return mailbox
        }
    }

    /// Whether a job is queued or running, or an answer waits to be taken.
    public var isBusy: Bool {
        lock.withLock { pending > 0 || !mailbox.isEmpty }
    }

    /// Blocks until every job queued so far has run (its answers are then
    /// waiting in `drain`). For quitting, and for tests.
    public func waitUntilIdle() {
        queue.sync {}
    }
}
