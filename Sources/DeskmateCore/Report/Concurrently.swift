import Foundation

/// Two pieces of pure work at once: the period report counts a period and
/// the one before it, each millions of encounters over a year, and a desk
/// computer has two cores at least.
enum Concurrently {
    /// `(a(), b())`, the two run on two threads; returns when both are done.
    static func both<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let box = Box(a: a, b: b)
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { box.resultA = box.a() } else { box.resultB = box.b() }
                }
                // concurrentPerform returns once both have run.
                return (box.resultA!, box.resultB!)
            }
        }
    }

    /// Each thread writes its own field, and concurrentPerform's return
    /// orders those writes before the reads.
    private final class Box<A, B>: @unchecked Sendable {
        let a: () -> A
        let b: () -> B
        var resultA: A?
        var resultB: B?

        init(a: @escaping () -> A, b: @escaping () -> B) {
            self.a = a
            self.b = b
        }
    }
}
