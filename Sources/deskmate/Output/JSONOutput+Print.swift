import DeskmateCore

extension JSONOutput {
    /// Prints a documented JSON shape to standard output.
    static func print(_ value: some Encodable) throws {
        Swift.print(try string(value))
    }
}

extension JSONOutput {
    /// `lookup --json`'s results, written by hand (see `string(matches:)`).
    static func print(matches: [JSONShapes.MatchJSON]) throws {
        Swift.print(try string(matches: matches))
    }
}
