/// Picks the one point the desk shows now.
///
/// Pure: it is handed the moments that hold and a step number that advances
/// as the desk moves on (each closed encounter, each quarter hour), and a
/// day seed that shuffles the order from one day to the next. The same
/// inputs always give the same point, so the choice is testable and stable
/// between redraws.
public struct PromptChooser: Sendable {
    public var catalog: PromptCatalog
    public var rules: PromptRules

    public init(catalog: PromptCatalog = .bundled, rules: PromptRules = .bundled) {
        self.catalog = catalog
        self.rules = rules
    }

    /// The chosen prompt and the moment that chose it (nil for the rotation).
    public func choose(_ moment: PromptMoment) -> (prompt: Prompt, because: DeskSituation?) {
        for rule in rules.rules where moment.holding.contains(rule.moment) {
            let number = rule.points[nonNegative(moment.step) % rule.points.count]
            if var prompt = catalog.point(number) {
                if rule.closing { prompt.closing = catalog.closingLine }
                return (prompt, rule.moment)
            }
        }
        let order = rotation(daySeed: moment.daySeed, count: catalog.points.count)
        let number = order[nonNegative(moment.step) % order.count]
        return (catalog.point(number) ?? catalog.points[0], nil)
    }

    /// A permutation of 1…count fixed by the seed: every point once per cycle.
    public func rotation(daySeed: Int, count: Int = 20) -> [Int] {
        var numbers = Array(1...max(count, 1))
        var state = UInt64(bitPattern: Int64(daySeed)) &+ 0x9E37_79B9_7F4A_7C15
        for i in stride(from: numbers.count - 1, to: 0, by: -1) {
            state = splitMix(&state)
            let j = Int(state % UInt64(i + 1))
            numbers.swapAt(i, j)
        }
        return numbers
    }

    private func nonNegative(_ n: Int) -> Int { n < 0 ? -(n + 1) : n }

    private func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
