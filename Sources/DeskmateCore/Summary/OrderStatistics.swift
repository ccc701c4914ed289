/// Percentiles of unsorted values by selection instead of a sort: a year's
/// report takes the median and 90th percentile of millions of waits, over
/// the whole period, each desk and branch, each hour and each cell of the
/// heat map. Selection finds the very values a sort would put at those
/// ranks, so every figure is the one `ShiftReport.percentile` gives on the
/// sorted values — only sooner (linear time, a sort past a few rounds).
enum OrderStatistics {
    /// `ShiftReport.percentile(values.sorted(), p)`, without sorting;
    /// `values` is reordered.
    static func percentile(_ values: inout [Double], _ p: Double) -> Double? {
        percentiles(&values, [p])[0]
    }

    /// Several percentiles, `ps` ascending: each is selected among the
    /// values above the last one's rank (the selection left everything
    /// below it smaller), so the 90th after the median looks at half.
    static func percentiles(_ values: inout [Double], _ ps: [Double]) -> [Double?] {
        percentiles(&values, in: values.indices, ps)
    }

    /// The same, of `values[range]` alone (the rest is left as it is).
    static func percentiles(_ values: inout [Double], in range: Range<Int>, _ ps: [Double]) -> [Double?] {
        guard !range.isEmpty else { return ps.map { _ in nil } }
        var floor = 0
        return ps.map { p in
            let rank = p * Double(range.count - 1)
            let low = Swift.max(floor, Int(rank.rounded(.down))), high = Int(rank.rounded(.up))
            let a = select(&values, range.lowerBound + low, in: (range.lowerBound + floor)..<range.upperBound)
            floor = low
            // Everything after `low` is now at least `a`: the next rank is their least.
            let b = high == low ? a : (values[(range.lowerBound + low + 1)..<range.upperBound].min() ?? a)
            return a + (b - a) * (rank - Double(low))
        }
    }

    /// The value that stands at index `k` once `values[range]` is sorted;
    /// afterwards nothing before `k` in the range is greater and nothing
    /// after it is less. Three-way partitions, so repeated values (whole
    /// seconds) cost nothing; a range that will not shrink is sorted.
    static func select(_ values: inout [Double], _ k: Int, in range: Range<Int>) -> Double {
        values.withUnsafeMutableBufferPointer { v in
            var lo = range.lowerBound, hi = range.upperBound  // the answer is in lo..<hi
            var rounds = 0
            while hi - lo > 16 {
                rounds += 1
                if rounds > 64 {
                    var part = UnsafeMutableBufferPointer(rebasing: v[lo..<hi])
                    part.sort()
                    return v[k]
                }
                let mid = lo + (hi - lo) / 2
                let pivot = medianOfThree(v[lo], v[mid], v[hi - 1])
                // v[lo..<lt] < pivot, v[lt..<i] == pivot, v[gt..<hi] > pivot
                var lt = lo, i = lo, gt = hi
                while i < gt {
                    let x = v[i]
                    if x < pivot {
                        v.swapAt(lt, i)
                        lt += 1
                        i += 1
                    } else if x > pivot {
                        gt -= 1
                        v.swapAt(i, gt)
                    } else {
                        i += 1
                    }
                }
                if k < lt {
                    hi = lt
                } else if k >= gt {
                    lo = gt
                } else {
                    return pivot
                }
            }
            var part = UnsafeMutableBufferPointer(rebasing: v[lo..<hi])
            part.sort()
            return v[k]
        }
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
    }
}
