import DeskmateCore

extension JSONOutput {
    /// Prints a documented JSON shape to standard output.
    static func print(_ value: some Encodable) throws {
        Swift.print(try string(value))
    }
}
