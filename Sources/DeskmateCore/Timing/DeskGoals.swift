/// The desk's promises about time: how soon someone is acknowledged and how
/// long service should take. Configurable per desk; the defaults suit a busy
/// public-library information desk.
public struct DeskGoals: Sendable, Equatable {
    /// Seconds within which a waiting patron should be acknowledged.
    public var acknowledgeSeconds: Int
    /// Seconds within which a question should be served.
    public var serviceSeconds: Int

    public init(acknowledgeSeconds: Int = 60, serviceSeconds: Int = 300) {
        self.acknowledgeSeconds = acknowledgeSeconds
        self.serviceSeconds = serviceSeconds
    }
}

/// How a running timer looks against its goal: calm, then amber as the goal
/// nears, then red once it has passed.
public enum TimerPhase: String, Sendable, Equatable {
    case withinGoal
    case nearGoal
    case pastGoal

    /// Amber from three quarters of the goal, red past it.
    public init(elapsed: Double, goal: Int) {
        let goal = Double(max(goal, 1))
        if elapsed > goal {
            self = .pastGoal
        } else if elapsed >= goal * 0.75 {
            self = .nearGoal
        } else {
            self = .withinGoal
        }
    }
}

/// Formats elapsed seconds as a desk clock: `0:07`, `4:32`, `1:02:09`.
public enum ElapsedFormat {
    /// Any value is safe: NaN and negatives show `0:00`, and anything past
    /// a hundred years is shown as a hundred years rather than trapping in
    /// the conversion to `Int`.
    public static func clock(_ seconds: Double) -> String {
        let total = seconds.isNaN ? 0 : Int(min(max(seconds, 0), 3_155_760_000).rounded(.down))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
