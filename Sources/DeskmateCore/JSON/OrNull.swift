/// An optional that is written as `null` when absent, instead of being left
/// out as Swift's synthesized `Encodable` does: every documented key of a
/// JSON shape is always there, so scripts never test for a missing key.
///
/// The one helper for it: `@OrNull public var due: String?` in a shape
/// whose `Encodable` is synthesized.
@propertyWrapper
public struct OrNull<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
