// The clocks every bench program reads, in one place, so wall time and CPU
// time are taken the same way in all of them.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Seconds on `clock` (`CLOCK_MONOTONIC`, `CLOCK_THREAD_CPUTIME_ID`,
/// `CLOCK_PROCESS_CPUTIME_ID`): only differences between two readings mean anything.
public func clockSeconds(_ clock: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Wall-clock seconds that never jump with the system clock.
public func monotonic() -> Double { clockSeconds(CLOCK_MONOTONIC) }

/// CPU time of the calling thread: what a call costs when the machine is
/// shared (wall-clock time also counts waiting for a core).
public func threadCPUSeconds() -> Double { clockSeconds(CLOCK_THREAD_CPUTIME_ID) }

/// Milliseconds `body` takes, wall clock.
public func time(_ body: () throws -> Void) rethrows -> Double {
    let start = monotonic()
    try body()
    return (monotonic() - start) * 1000
}
