import ArgumentParser
import DeskmateCore

extension NumericRange {
    /// Checks a flag's value in a command's `validate()`: out of range is a
    /// one-line message and exit 64, like any other usage error — never a
    /// value that travels on and traps later.
    func validate(_ value: Int?, flag: String) throws {
        guard let value else { return }
        do {
            _ = try check(value, source: flag)
        } catch {
            throw ValidationError(error.message)
        }
    }
}
