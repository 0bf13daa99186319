import Glibc
import Foundation

/// ISO 8601 UTC timestamps for records and file names.
public enum Timestamp {
    /// `2026-11-22T10:04:05Z`
    public static func iso(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }

    /// `20261122T100405Z`, for file names.
    public static func compact(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }

    /// Seconds since 1970 of an `iso` timestamp; nil when it is not one.
    public static func seconds(_ iso: String) -> Int? {
        let digits = iso.utf8.map { Int($0) - 48 }
        guard digits.count == 20, iso.hasSuffix("Z"), digits.indices.allSatisfy({ [4, 7, 10, 13, 16, 19].contains($0) || (0...9).contains(digits[$0]) })
        else { return nil }
        func number(_ range: Range<Int>) -> Int32 { Int32(range.reduce(0) { $0 * 10 + digits[$1] }) }
        var parts = tm()
        parts.tm_year = number(0..<4) - 1900
        parts.tm_mon = number(5..<7) - 1
        parts.tm_mday = number(8..<10)
        parts.tm_hour = number(11..<13)
        parts.tm_min = number(14..<16)
        parts.tm_sec = number(17..<19)
        return Int(timegm(&parts))
    }

    /// `2026-11-22 11:04` in the local time zone, from an `iso` timestamp; the input when it is not one.
    public static func localMinute(_ iso: String, timeZone: TimeZone = .current) -> String {
        guard let utc = seconds(iso).map({ time_t($0) }) else { return iso }
        var seconds = utc + time_t(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))))
        var local = tm()
        gmtime_r(&seconds, &local)
        return String(format: "%04d-%02d-%02d %02d:%02d", Int(local.tm_year) + 1900, Int(local.tm_mon) + 1,
                      Int(local.tm_mday), Int(local.tm_hour), Int(local.tm_min))
    }

    private static func components(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
