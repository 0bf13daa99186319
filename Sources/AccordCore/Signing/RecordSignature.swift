import Foundation

/// How a journal record is signed: over its exact stored bytes, with a domain prefix.
///
/// A signed record's JSON ends with its signature, the last key:
/// `{"v":3,"replica":"a1",…,"events":[…],"sig":"<88 base64 characters>"}`. What is signed is
/// `domain` followed by the stored JSON up to (not including) `,"sig":"` — the bytes as they
/// are on disk, never a re-encoding — so a record checks the same on every replica and any
/// change to a byte before the signature breaks it. The line's checksum covers the whole JSON.
public enum RecordSignature {
    /// Put before the signed bytes: a signature made for anything else never checks as a record's.
    public static let domain = Array("accord journal record, signed\n".utf8)
    /// `,"sig":"`, then 88 base64 characters and `"}`: the last bytes of a signed record's JSON.
    static let marker = Array(#","sig":""#.utf8)
    static let tailBytes = marker.count + 88 + 2

    /// The record's line, checksummed and signed by `key`: `record` must have no signature.
    public static func signedLine(_ record: JournalRecord, by key: ReplicaKeyPair) -> [UInt8] {
        var unsigned = record
        unsigned.signature = nil
        var writer = JSONWriter()
        unsigned.write(to: &writer)
        var json = writer.bytes
        json.removeLast() // the closing brace: the signature goes before it
        var message = domain
        message.append(contentsOf: json)
        let signature = message.withUnsafeBufferPointer { key.sign($0) }
        json.append(contentsOf: marker)
        json.append(contentsOf: Array(Data(signature).base64EncodedString().utf8))
        json.append(contentsOf: Array(#""}"#.utf8))
        return LineCodec.frame(json)
    }

    /// Where the signature's `,"sig":"` starts in `json` (a record's stored JSON); nil when it
    /// does not end with a signature.
    private static func signatureStart(in json: UnsafeBufferPointer<UInt8>) -> Int? {
        guard json.count > tailBytes, json[json.count - 1] == UInt8(ascii: "}"), json[json.count - 2] == UInt8(ascii: "\"") else { return nil }
        let start = json.count - tailBytes
        return json[start..<start + marker.count].elementsEqual(marker) ? start : nil
    }

    /// The bytes `json` (a record's stored JSON) is signed over, `domain` included; nil when
    /// it does not end with a signature.
    static func signedBytes(of json: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let start = signatureStart(in: json) else { return nil }
        return domain + json[0..<start]
    }

    /// The signature `json` (a record's stored JSON) ends with, as written; nil when it does not end with one.
    static func signatureText(of json: UnsafeBufferPointer<UInt8>) -> String? {
        guard let start = signatureStart(in: json) else { return nil }
        return String(decoding: json[(start + marker.count)..<(json.count - 2)], as: UTF8.self)
    }

    /// The signature written as `text` (base64 of 64 bytes); nil otherwise.
    static func bytes(of text: String) -> [UInt8]? {
        guard text.utf8.count == 88, let data = Data(base64Encoded: text), data.count == Ed25519.signatureBytes else { return nil }
        return Array(data)
    }
}
