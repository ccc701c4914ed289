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
        guard !values.isEmpty else { return nil }
        let rank = p * Double(values.count - 1)
        let low = Int(rank.rounded(.down)), high = Int(rank.rounded(.up))
        let a = select(&values, low, in: 0..<values.count)
        // Everything after `low` is now at least `a`: the next rank is their least.
        let b = high == low ? a : (values[(low + 1)...].min() ?? a)
        return a + (b - a) * (rank - Double(low))
    }

    /// The value that stands at index `k` once `values[range]` is sorted;
    /// afterwards nothing before `k` in the range is greater and nothing
    /// after it is less. Three-way partitions, so repeated values (whole
    /// seconds) cost nothing; a range that will not shrink is sorted.
    static func select(_ values: inout [Double], _ k: Int, in range: Range<Int>) -> Double {
        var lo = range.lowerBound, hi = range.upperBound  // the answer is in lo..<hi
        var rounds = 0
        while hi - lo > 16 {
            rounds += 1
            if rounds > 64 {
                values[lo..<hi].sort()
                return values[k]
            }
            let mid = lo + (hi - lo) / 2
            let pivot = medianOfThree(values[lo], values[mid], values[hi - 1])
            // values[lo..<lt] < pivot, values[lt..<i] == pivot, values[gt..<hi] > pivot
            var lt = lo, i = lo, gt = hi
            while i < gt {
                let v = values[i]
                if v < pivot {
                    values.swapAt(lt, i)
                    lt += 1
                    i += 1
                } else if v > pivot {
                    gt -= 1
                    values.swapAt(i, gt)
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
        values[lo..<hi].sort()
        return values[k]
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
    }
}
