import DeskmateResources
import TOMLKit

/// One text the desk can show, with where it comes from, so every prompt is
/// quoted with attribution.
public struct Prompt: Sendable, Equatable {
    /// The point's number (1–20) for the twenty points; the position otherwise.
    public var number: Int
    public var text: String
    /// "Steve Backs, 20 Points on Excellent Library Customer Service (Monroe County Public Library)".
    public var attribution: String
    /// The closing line, when the moment calls for it.
    public var closing: String?

    public init(number: Int, text: String, attribution: String, closing: String? = nil) {
        self.number = number
        self.text = text
        self.attribution = attribution
        self.closing = closing
    }
}

/// The seed texts: the twenty points (Steve Backs), the four qualities
/// (Kitty Pope) and the nine principles (Robert Spector), read from
/// `Resources/prompts.toml`.
public struct PromptCatalog: Sendable, Equatable {
    public var points: [Prompt]
    public var closingLine: String
    public var qualities: [Prompt]
    public var qualityNames: [String]
    public var principles: [Prompt]

    /// The catalogue compiled into the binary.
    public static let bundled: PromptCatalog = {
        do {
            return try PromptCatalog(toml: BundledResources.prompts)
        } catch {
            // The bundled file is checked by the tests; a broken edit shows
            // itself here rather than crashing the desk.
            return PromptCatalog(
                points: [Prompt(number: 1, text: "(prompts.toml could not be read: \(error))", attribution: "")],
                closingLine: "", qualities: [], qualityNames: [], principles: [])
        }
    }()

    public init(points: [Prompt], closingLine: String, qualities: [Prompt], qualityNames: [String], principles: [Prompt]) {
        self.points = points
        self.closingLine = closingLine
        self.qualities = qualities
        self.qualityNames = qualityNames
        self.principles = principles
    }

    public init(toml: String) throws {
        let table = try TOMLTable(string: toml)
        func section(_ name: String) throws -> TOMLTable {
            guard let t = table[name]?.table else { throw PromptFileError("missing [\(name)]") }
            return t
        }
        func strings(_ t: TOMLTable, _ key: String) throws -> [String] {
            guard let array = t[key]?.array else { throw PromptFileError("missing \(key)") }
            return array.compactMap { $0.string }
        }
        func string(_ t: TOMLTable, _ key: String) -> String { t[key]?.string ?? "" }
        func attribution(_ t: TOMLTable) -> String {
            "\(string(t, "author")), “\(string(t, "title"))” (\(string(t, "source")))"
        }

        let points = try section("points")
        let pointTexts = try strings(points, "texts")
        guard pointTexts.count == 20 else { throw PromptFileError("expected 20 points, found \(pointTexts.count)") }
        let pointAttribution = "\(string(points, "author")), “\(string(points, "title"))”, \(string(points, "source"))"
        self.points = pointTexts.enumerated().map { Prompt(number: $0.offset + 1, text: $0.element, attribution: pointAttribution) }
        closingLine = string(points, "closing")

        let qualities = try section("qualities")
        qualityNames = try strings(qualities, "names")
        self.qualities = try strings(qualities, "texts").enumerated().map {
            Prompt(number: $0.offset + 1, text: $0.element, attribution: attribution(qualities))
        }
        let principles = try section("principles")
        self.principles = try strings(principles, "texts").enumerated().map {
            Prompt(number: $0.offset + 1, text: $0.element, attribution: attribution(principles))
        }
    }

    /// Point `number` (1–20).
    public func point(_ number: Int) -> Prompt? {
        points.indices.contains(number - 1) ? points[number - 1] : nil
    }
}

/// A prompt or rules file that does not have the expected shape.
public struct PromptFileError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
