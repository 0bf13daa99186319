/// A matching document and its sort key, while a search orders its hits.
struct RankedDocument {
    var key: UInt64
    var number: Int32
    var inTitle: Bool

    init(key: UInt64, number: Int32, inTitle: Bool) {
        self.key = key
        self.number = number
        self.inTitle = inTitle
    }

    /// Keyed so that a higher score comes first, then an item nearer the top of the tree, then by rank.
    init(score: Int, kind: ItemKind, rank: Int, number: Int32, inTitle: Bool) {
        self.init(key: Self.sortKey(score: score, depth: SearchIndex.depth(kind), rank: rank), number: number, inTitle: inTitle)
    }

    /// One number that orders hits: higher score first, then nearer the top of the tree, then by rank
    /// (ranks are unique, so no two hits tie).
    static func sortKey(score: Int, depth: Int, rank: Int) -> UInt64 {
        let inverted = UInt64(max(0, 0xFFFF - min(score, 0xFFFF)))
        let clampedRank = UInt64(max(0, min(rank, (1 << 44) - 1)))
        return inverted << 48 | UInt64(depth & 0xF) << 44 | clampedRank
    }

    /// Orders `items`, keeps the first `limit`, and makes a hit of each (only of those kept).
    static func hits(ordering items: inout [RankedDocument], limit: Int?, _ hit: (RankedDocument) -> SearchHit?) -> [SearchHit] {
        sort(&items)
        if let limit, items.count > limit { items.removeLast(items.count - limit) }
        return items.compactMap(hit)
    }

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
