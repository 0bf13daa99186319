/// A matching document and its sort key, while a search orders its hits.
struct RankedDocument {
    var key: UInt64
    var number: Int32
    var inTitle: Bool

    /// Orders by key, ascending. Large lists (a one-letter prefix matches most documents)
    /// take a radix sort on 16-bit digits, four linear passes, skipping the digits every
    /// key shares; small ones the standard sort.
    static func sort(_ items: inout [RankedDocument]) {
        guard items.count > 2_048 else {
            items.sort { $0.key < $1.key }
            return
        }
        var buffer = items
        var counts = [Int](repeating: 0, count: 1 << 16)
        let differing = items.reduce(UInt64(0)) { $0 | ($1.key ^ items[0].key) }
        for pass in 0..<4 {
            let shift = UInt64(pass * 16)
            guard (differing >> shift) & 0xFFFF != 0 else { continue }
            for i in counts.indices { counts[i] = 0 }
            for item in items { counts[Int((item.key >> shift) & 0xFFFF)] += 1 }
            var total = 0
            for i in counts.indices {
                let count = counts[i]
                counts[i] = total
                total += count
            }
            for item in items {
                let digit = Int((item.key >> shift) & 0xFFFF)
                buffer[counts[digit]] = item
                counts[digit] += 1
            }
            swap(&items, &buffer)
        }
    }
}
