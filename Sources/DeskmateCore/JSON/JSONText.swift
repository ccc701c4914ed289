import Foundation

/// A JSON value written by hand, exactly as `JSONOutput`'s JSONEncoder
/// writes it (pretty-printed, keys sorted, slashes not escaped), for the one
/// shape a script asks for most: `lookup --json` (`JSONOutput.string(matches:)`).
///
/// A value it cannot promise to write the same way (a fractional or very
/// large number, minus zero) makes the whole value nil, and the caller uses
/// JSONEncoder. `JSONTextTests` compares the two on random matches.
indirect enum JSONText {
    case string(String)
    case integer(Int64)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([(key: String, value: JSONText)])

    /// An array, or nil if any element is.
    static func array(_ elements: [JSONText?]) -> JSONText? {
        var all: [JSONText] = []
        all.reserveCapacity(elements.count)
        for element in elements {
            guard let element else { return nil }
            all.append(element)
        }
        return .array(all)
    }

    /// An object, or nil if any value is; keys are sorted as JSONEncoder's `.sortedKeys` sorts them.
    static func object(_ fields: KeyValuePairs<String, JSONText?>) -> JSONText? {
        var all: [(key: String, value: JSONText)] = []
        for (key, value) in fields {
            guard let value else { return nil }
            all.append((key, value))
        }
        return .object(all.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
    }

    /// A number of seconds: written only when it is whole and small enough
    /// that JSONEncoder writes it as digits (`376`, not `1e+16` or `-0`).
    static func number(_ value: Double) -> JSONText? {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15, !(value == 0 && value.sign == .minus)
        else { return nil }
        return .integer(Int64(value))
    }

    static func optional<T>(_ value: T?, _ write: (T) -> JSONText?) -> JSONText? {
        guard let value else { return .null }
        return write(value)
    }

    static func date(_ date: Date) -> JSONText { .string(InstantFormat.iso8601(date)) }

    func pretty() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let text): Self.write(string: text, into: &out)
        case .integer(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let elements):
            out += "[\n"
            for (i, element) in elements.enumerated() {
                if i > 0 { out += ",\n" }
                out += String(repeating: " ", count: indent + 2)
                element.write(into: &out, indent: indent + 2)
            }
            out += "\n" + String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            out += "{\n"
            for (i, field) in fields.enumerated() {
                if i > 0 { out += ",\n" }
                out += String(repeating: " ", count: indent + 2)
                Self.write(string: field.key, into: &out)
                out += " : "
                field.value.write(into: &out, indent: indent + 2)
            }
            out += "\n" + String(repeating: " ", count: indent) + "}"
        }
    }

    private static func write(string: String, into out: inout String) {
        out += "\"" + string.escapingScalars(jsonEscape) + "\""
    }

    /// JSONEncoder's escapes: `"` and `\`, short forms for five controls,
    /// `\u00xx` for the other C0 controls; everything else as it is.
    private static func jsonEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\u{08}": "\\b"
        case "\u{0C}": "\\f"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case _ where scalar.value < 0x20:
            "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        default: nil
        }
    }
}
