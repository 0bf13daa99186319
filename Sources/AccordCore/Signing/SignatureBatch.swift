import Dispatch
import Foundation

/// Checks the signatures of the records read from one file, on every core: checking an
/// Ed25519 signature takes about 50 µs, the rest of reading a record about 5.
enum SignatureBatch {
    /// Below this many records a file is checked on the calling thread.
    static let parallelAbove = 64

    /// The check of each of `entries` (read from `bytes`) against `candidates`, the keys of
    /// the file's replica as known before reading it (a key met in the file itself is checked
    /// again later: `SignatureCheck.retried`).
    /// Only the entries `wanted` says are checked (the others are `.notChecked`); a signature
    /// `verified` remembers is not checked again, and those checked are added to it.
    /// `checkedNow[i]` says the entry's signature was checked here, not taken from `verified`.
    static func check(_ entries: [JournalScan.Entry], in bytes: [UInt8], candidates: [PublicKey], verified: inout VerifiedSignatures,
                      wanted: (JournalRecord) -> Bool) -> (checks: [SignatureCheck], checkedNow: [Bool]) {
        let mask = entries.map { wanted($0.record) }
        var checks = [SignatureCheck](repeating: .notChecked, count: entries.count)
        guard !entries.isEmpty else { return (checks, []) }
        let remembered = verified.known
        var fresh = [[VerifiedSignatures.Digest]](repeating: [], count: entries.count)
        let chunks = entries.count > parallelAbove ? min(entries.count / parallelAbove, 4 * ProcessInfo.processInfo.activeProcessorCount) : 1
        checks.withUnsafeMutableBufferPointer { results in
            fresh.withUnsafeMutableBufferPointer { freshResults in
                // Each index is written by one iteration only.
                nonisolated(unsafe) let results = results, freshResults = freshResults
                bytes.withUnsafeBufferPointer { bytes in
                    nonisolated(unsafe) let bytes = bytes
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        let range = (entries.count * chunk / chunks)..<(entries.count * (chunk + 1) / chunks)
                        for index in range where mask[index] {
                            results[index] = check(entries[index], in: bytes, candidates: candidates, remembered: remembered,
                                                   fresh: &freshResults[index])
                        }
                    }
                }
            }
        }
        verified.add(fresh.flatMap { $0 })
        return (checks, fresh.map { !$0.isEmpty })
    }

    /// One entry's check: each of its lines' (one, or a group's), combined.
    static func check(_ entry: JournalScan.Entry, in bytes: UnsafeBufferPointer<UInt8>, candidates: [PublicKey],
                      remembered: Set<VerifiedSignatures.Digest>, fresh: inout [VerifiedSignatures.Digest]) -> SignatureCheck {
        var parts: [SignatureCheck] = []
        var start = entry.byteRange.lowerBound
        while start < entry.byteRange.upperBound {
            var end = start
            while end < entry.byteRange.upperBound, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            // The JSON: after the checksum and its space, before the newline.
            let json = UnsafeBufferPointer(rebasing: bytes[min(start + 9, end)..<end])
            parts.append(lineCheck(json, record: entry.record, isLast: end + 1 >= entry.byteRange.upperBound, candidates: candidates,
                                   remembered: remembered, fresh: &fresh))
            start = end + 1
        }
        return parts.count == 1 ? parts[0] : SignatureCheck.ofGroup(parts)
    }

    /// A line's check. `record` is the whole record read (a group's, when the line is one of
    /// its parts): its key is every part's; its signature the last part's.
    private static func lineCheck(_ json: UnsafeBufferPointer<UInt8>, record: JournalRecord, isLast: Bool, candidates: [PublicKey],
                                  remembered: Set<VerifiedSignatures.Digest>, fresh: inout [VerifiedSignatures.Digest]) -> SignatureCheck {
        guard let text = RecordSignature.signatureText(of: json) else {
            // No signature at its end: unsigned, unless the record says it has one elsewhere.
            return isLast && record.signature != nil ? .failed([]) : .unsigned
        }
        if isLast, record.signature != text { return .failed([]) }
        var signed = record
        signed.signature = text
        return SignatureCheck.of(signed, json: json, candidates: candidates, remembered: remembered, fresh: &fresh)
    }
}
