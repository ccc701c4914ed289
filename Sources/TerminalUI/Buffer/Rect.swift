/// A rectangle of cells, used to lay out regions of the screen.
///
/// Why: widgets draw into a `Rect` and never need to know where on the screen
/// it is, and layouts are computed with `split`, `inset` and friends instead
/// of coordinate arithmetic scattered through views. Sizes never go negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var minX: Int { x }
    public var minY: Int { y }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "Rect(x: \(x), y: \(y), w: \(width), h: \(height))" }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles (empty, positioned at the clamp, when none).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks every side by `amount`.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The first `count` rows, and the rest.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// The last `count` rows, and the rest.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: height - n), Rect(x: x, y: maxY - n, width: width, height: n))
    }

    /// The first `count` columns, and the rest.
    public func splitLeft(_ count: Int) -> (left: Rect, rest: Rect) {
        let n = min(max(0, count), width)
        return (Rect(x: x, y: y, width: n, height: height), Rect(x: x + n, y: y, width: width - n, height: height))
    }

    /// The last `count` columns, and the rest.
    public func splitRight(_ count: Int) -> (rest: Rect, right: Rect) {
        let n = min(max(0, count), width)
        return (Rect(x: x, y: y, width: width - n, height: height), Rect(x: maxX - n, y: y, width: n, height: height))
    }

    /// How much of the split axis a part takes.
    public enum Constraint: Hashable, Sendable {
        /// Exactly this many cells (less if space runs out).
        case fixed(Int)
        /// This percentage of the whole length.
        case percent(Int)
        /// A share of whatever is left after fixed and percent parts.
        case fill(Int = 1)
    }

    /// Stacks parts top to bottom.
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Rect.lengths(total: height, constraints, spacing: spacing).map { part in
            Rect(x: x, y: y + part.offset, width: width, height: part.length)
        }
    }

    /// Places parts left to right.
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Rect.lengths(total: width, constraints, spacing: spacing).map { part in
            Rect(x: x + part.offset, y: y, width: part.length, height: height)
        }
    }

    static func lengths(total: Int, _ constraints: [Constraint], spacing: Int) -> [(offset: Int, length: Int)] {
        guard !constraints.isEmpty else { return [] }
        let gap = max(0, spacing)
        let available = max(0, total - gap * (constraints.count - 1))
        var lengths = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n): return max(0, n)
            case .percent(let p): return available * min(max(0, p), 100) / 100
            case .fill: return 0
            }
        }
        let remaining = available - lengths.reduce(0, +)
        let weights = constraints.map { constraint -> Int in
            if case .fill(let w) = constraint { return max(0, w) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if remaining > 0 && totalWeight > 0 {
            var given = 0
            var lastFill = 0
            for (index, weight) in weights.enumerated() where weight > 0 {
                let share = remaining * weight / totalWeight
                lengths[index] = share
                given += share
                lastFill = index
            }
            lengths[lastFill] += remaining - given
        }
        var offset = 0
        var result: [(offset: Int, length: Int)] = []
        for length in lengths {
            let clipped = max(0, min(length, total - offset))
            result.append((offset, clipped))
            offset += clipped + gap
        }
        return result
    }
}
