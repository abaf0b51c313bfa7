using System.Globalization;
using System.Xml;

namespace Bot.Feeds.Scheduling;

/// <summary>
/// What an RSS channel says about polling it: <c>ttl</c> (minutes the feed may be cached) and <c>skipHours</c> /
/// <c>skipDays</c> (GMT hours and days in which it is not updated). Other formats carry none of these.
/// </summary>
public sealed record FeedScheduleHints(TimeSpan? Ttl, IReadOnlySet<int> SkipHours, IReadOnlySet<DayOfWeek> SkipDays)
{
    public static FeedScheduleHints None { get; } = new(null, new HashSet<int>(), new HashSet<DayOfWeek>());

    /// <summary>Reads the hints from a feed body; anything unreadable means no hint. DTDs are never processed.</summary>
    public static FeedScheduleHints Read(ReadOnlyMemory<byte> body)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = 50_000_000 };
        TimeSpan? ttl = null;
        var hours = new HashSet<int>();
        var days = new HashSet<DayOfWeek>();
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            string? parent = null;
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI.Length != 0)
                {
                    reader.Read();
                    continue;
                }

                var name = reader.LocalName;
                if (name is "item" or "entry")
                {
                    break; // channel elements come before the items
                }

                if (name is "skipHours" or "skipDays")
                {
                    parent = name;
                    reader.Read();
                    continue;
                }

                if (name is not ("ttl" or "hour" or "day"))
                {
                    reader.Read();
                    continue;
                }

                // Reading the content moves past the end tag, onto the next node.
                var text = reader.ReadElementContentAsString().Trim();
                if (name == "ttl" && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0)
                {
                    ttl = TimeSpan.FromMinutes(Math.Min(minutes, 7 * 24 * 60));
                }
                else if (name == "hour" && parent == "skipHours" && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 24)
                {
                    hours.Add(hour % 24);
                }
                else if (name == "day" && parent == "skipDays" && Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day))
                {
                    days.Add(day);
                }
            }
        }
        catch (XmlException)
        {
            // A broken document still gives the hints read before the break.
        }

        return new FeedScheduleHints(ttl, hours, days);
    }
}
