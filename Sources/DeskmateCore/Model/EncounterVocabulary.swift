/// How the patron reached the desk.
public enum ContactMode: String, Sendable, CaseIterable {
    case inPerson = "in-person"
    case phone
    case chat
    case email

    /// Short label for screens and reports.
    public var label: String {
        switch self {
        case .inPerson: "walk-up"
        case .phone: "phone"
        case .chat: "chat"
        case .email: "email"
        }
    }
}

/// What the question was about, in the categories desk statistics use.
public enum QuestionKind: String, Sendable, CaseIterable {
    case directional
    case policy
    case reference
    case readersAdvisory = "readers-advisory"
    case technology
    case account
    case complaint
    case suggestion
    case other

    public var label: String {
        switch self {
        case .readersAdvisory: "readers' advisory"
        default: rawValue
        }
    }
}

/// The READ scale (Reference Effort Assessment Data): how much effort and
/// expertise a question took, from 1 (directions, hours) to 6 (in-depth
/// consultation). Desks report it so effort, not just volume, is counted.
public struct ReadLevel: Sendable, Hashable, Comparable, RawRepresentable {
    public let rawValue: Int

    public init?(rawValue: Int) {
        guard (1...6).contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public static func < (a: ReadLevel, b: ReadLevel) -> Bool { a.rawValue < b.rawValue }

    public static let all: [ReadLevel] = (1...6).compactMap(ReadLevel.init(rawValue:))

    /// What the level means, for help text and the close form.
    public var meaning: String {
        switch rawValue {
        case 1: "directions, hours; no expertise, under 5 minutes"
        case 2: "simple lookup, basic help; under 5 minutes"
        case 3: "some searching or instruction; 5–15 minutes"
        case 4: "several sources, some expertise; 15–30 minutes"
        case 5: "substantial research, specialist knowledge; over 30 minutes"
        default: "in-depth consultation; an hour or more, often follow-up"
        }
    }
}
