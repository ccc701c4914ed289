/// A terminal colour.
///
/// Why so few: `.default` keeps the user's own foreground/background, so the
/// app reads on light and dark terminals alike; the 16 named colours are what
/// every terminal has; `.indexed` reaches the 256-colour palette when present.
/// The backend degrades bright and indexed colours on 8-colour terminals.
public enum Color: Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow
    case brightBlue, brightMagenta, brightCyan, brightWhite
    /// An entry of the xterm 256-colour palette (0–15 are the named colours).
    case indexed(UInt8)

    /// The palette index: nil for `.default`, 0–15 for named colours.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .brightBlack: return 8
        case .brightRed: return 9
        case .brightGreen: return 10
        case .brightYellow: return 11
        case .brightBlue: return 12
        case .brightMagenta: return 13
        case .brightCyan: return 14
        case .brightWhite: return 15
        case .indexed(let index): return Int(index)
        }
    }

    /// A short name used in snapshots: `default`, `red`, `brightRed`, `#123`.
    public var name: String {
        switch self {
        case .default: return "default"
        case .indexed(let index): return "#\(index)"
        default:
            let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
            let index = paletteIndex ?? 0
            let base = names[index % 8]
            return index < 8 ? base : "bright" + base.prefix(1).uppercased() + base.dropFirst()
        }
    }
}

/// Text attributes a terminal can show besides colour.
///
/// Why: with `NO_COLOR` or on a monochrome terminal, attributes are all that
/// remains to mark the selected row or a warning, so they are first-class.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)

    /// Names in a fixed order, for snapshots.
    public var names: [String] {
        var result: [String] = []
        if contains(.bold) { result.append("bold") }
        if contains(.dim) { result.append("dim") }
        if contains(.reverse) { result.append("reverse") }
        if contains(.underline) { result.append("underline") }
        if contains(.italic) { result.append("italic") }
        return result
    }
}

/// How a cell is drawn: foreground, background and attributes.
///
/// Why a plain value: views build styles freely and tests compare them; the
/// semantic roles ("warning", "selected") belong to the app's theme, which
/// maps them onto these.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = Style()

    public func foreground(_ color: Color) -> Style { var copy = self; copy.foreground = color; return copy }
    public func background(_ color: Color) -> Style { var copy = self; copy.background = color; return copy }
    public func adding(_ attributes: Attributes) -> Style { var copy = self; copy.attributes.formUnion(attributes); return copy }
    public var bold: Style { adding(.bold) }
    public var dim: Style { adding(.dim) }
    public var reversed: Style { adding(.reverse) }
    public var underlined: Style { adding(.underline) }
    public var italic: Style { adding(.italic) }

    /// e.g. `fg=red bg=default bold+underline`; used in snapshot legends.
    public var description: String {
        var parts = ["fg=\(foreground.name)", "bg=\(background.name)"]
        let names = attributes.names
        if !names.isEmpty { parts.append(names.joined(separator: "+")) }
        return parts.joined(separator: " ")
    }
}
