using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Reads the dates feeds write: ISO 8601 / W3C-DTF (seconds and zone optional), RFC 822 with named or numeric
/// zones, and written-out dates with month names in English, French, Spanish, German, Italian, Portuguese and
/// Russian. A time without a zone is taken as UTC.
/// </summary>
public static partial class FeedDate
{
    /// <summary>Returns the instant the text names, or <see langword="null"/> when it cannot be read.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return IsoPattern().Match(text) is { Success: true } iso ? FromIso(iso) : FromWords(text);
    }

    private static DateTimeOffset? FromIso(Match m)
    {
        var offset = TimeSpan.Zero;
        if (m.Groups["zone"].Success && !TryZone(m.Groups["zone"].Value, out offset))
        {
            return null;
        }

        var fraction = m.Groups["fraction"].Success ? double.Parse("0." + m.Groups["fraction"].Value, CultureInfo.InvariantCulture) : 0;
        return Build(Int(m, "year"), Int(m, "month"), Int(m, "day"), Int(m, "hour"), Int(m, "minute"), Int(m, "second"), offset)
            ?.AddTicks((long)Math.Round(fraction * TimeSpan.TicksPerSecond));
    }

    // RFC 822 and written-out dates: tokens in any order, each recognised by its shape or its name.
    private static DateTimeOffset? FromWords(string text)
    {
        int? day = null, month = null, year = null;
        int hour = 0, minute = 0, second = 0;
        bool? afternoon = null;
        var offset = TimeSpan.Zero;
        var tokens = TokenPattern().Matches(text.ToLowerInvariant()).Select(t => t.Value.TrimEnd('.')).Where(t => t.Length > 0).ToList();
        // "mar" is March in English and Tuesday in French: a weekday when another month name is present.
        var hasPlainMonth = tokens.Exists(t => FeedDateNames.Months.ContainsKey(t) && !FeedDateNames.Weekdays.Contains(t));
        foreach (var token in tokens)
        {
            if (TimePattern().Match(token) is { Success: true } time)
            {
                (hour, minute) = (Int(time, "hour"), Int(time, "minute"));
                second = Int(time, "second");
            }
            else if (token.All(char.IsAsciiDigit))
            {
                if (token.Length == 4 && year is null)
                {
                    year = int.Parse(token, CultureInfo.InvariantCulture);
                }
                else if (token.Length <= 2 && day is null)
                {
                    day = int.Parse(token, CultureInfo.InvariantCulture);
                }
                else if (token.Length <= 2 && year is null)
                {
                    var twoDigits = int.Parse(token, CultureInfo.InvariantCulture);
                    year = twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
                }
                else
                {
                    return null;
                }
            }
            else if (FeedDateNames.Months.TryGetValue(token, out var named) && month is null && !(hasPlainMonth && FeedDateNames.Weekdays.Contains(token)))
            {
                month = named;
            }
            else if (token is "am" or "pm")
            {
                afternoon = token == "pm";
            }
            else if (!FeedDateNames.Weekdays.Contains(token) && !FeedDateNames.Fillers.Contains(token) && !TryZone(token, out offset))
            {
                return null;
            }
        }

        if (afternoon is { } pm && hour is >= 1 and <= 12)
        {
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        return day is { } d && month is { } mo && year is { } y ? Build(y, mo, d, hour, minute, second, offset) : null;
    }

    private static bool TryZone(string zone, out TimeSpan offset)
    {
        var z = zone.Trim().ToUpperInvariant();
        if (FeedDateNames.Zones.TryGetValue(z, out offset))
        {
            return true;
        }

        // "+0200", "+02:00", "+02", "GMT+0200", "UTC-5"
        var match = OffsetPattern().Match(z);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        offset = new TimeSpan(hours, minutes, 0) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        return hours <= 14 && minutes < 60;
    }

    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute > 0 || second > 0)))
        {
            return null;
        }

        // 24:00 is the end of the day and a leap second the last one of its minute.
        var local = new DateTime(year, month, day, hour % 24, minute, Math.Min(second, 59), DateTimeKind.Unspecified).AddDays(hour / 24);
        return new DateTimeOffset(local, offset);
    }

    private static int Int(Match m, string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<year>\d{4})-?(?<month>\d{2})-?(?<day>\d{2})(?:[T ](?<hour>\d{2}):?(?<minute>\d{2})(?::?(?<second>\d{2})(?:[.,](?<fraction>\d{1,7})\d*)?)?)?\s*(?<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"[^\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?:GMT|UTC|UT)?(?<sign>[+-])(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
