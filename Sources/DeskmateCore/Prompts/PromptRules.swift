import DeskmateResources
import TOMLKit

/// Which points fit which moment, read from `Resources/prompt-rules.toml` so a
/// person can read and change them without touching code.
public struct PromptRules: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public var moment: DeskSituation
        public var points: [Int]
        public var closing: Bool

        public init(moment: DeskSituation, points: [Int], closing: Bool = false) {
            self.moment = moment
            self.points = points
            self.closing = closing
        }
    }

    /// First matching rule wins.
    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    public static let bundled: PromptRules = (try? PromptRules(toml: BundledResources.promptRules)) ?? PromptRules(rules: [])

    public init(toml: String) throws {
        let table = try TOMLTable(string: toml)
        guard let array = table["rule"]?.array else { throw PromptFileError("no [[rule]] tables") }
        rules = try array.compactMap { $0.table }.map { rule in
            guard let name = rule["moment"]?.string, let moment = DeskSituation(rawValue: name) else {
                throw PromptFileError("unknown moment \(rule["moment"]?.string ?? "(missing)")")
            }
            let points = (rule["points"]?.array ?? []).compactMap { $0.int }.filter { (1...20).contains($0) }
            guard !points.isEmpty else { throw PromptFileError("rule \(name) names no point from 1 to 20") }
            return Rule(moment: moment, points: points, closing: rule["closing"]?.bool ?? false)
        }
    }
}
