using System.Globalization;
using System.Security;
using System.Text;

namespace Bot.TestKit;

/// <summary>Writes small RSS 2.0 documents for fixtures.</summary>
public static class RssFeed
{
    public sealed record Item(string Id, string Title, string Description, string Link, DateTimeOffset Published);

    public static string Create(string title, params Item[] items)
    {
        var xml = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>")
            .Append(SecurityElement.Escape(title)).Append("</title>");
        foreach (var item in items)
        {
            xml.Append("<item><guid>").Append(SecurityElement.Escape(item.Id)).Append("</guid>")
                .Append("<title>").Append(SecurityElement.Escape(item.Title)).Append("</title>")
                .Append("<link>").Append(SecurityElement.Escape(item.Link)).Append("</link>")
                .Append("<description>").Append(SecurityElement.Escape(item.Description)).Append("</description>")
                .Append("<pubDate>").Append(item.Published.ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }
}
