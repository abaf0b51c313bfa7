using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Articles;

/// <summary>
/// Derives the identity that makes an item "the same item" across polls: the feed's own id, else the canonical
/// link (no fragment, no tracking parameters), else a hash of the title and the publication day. Edits to the
/// body, and re-dating of items that have an id or a link, therefore never make a new item.
/// </summary>
public static class ArticleIdentity
{
    // Parameters that say how the reader arrived, not which article it is.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
        "xtor", "at_medium", "at_campaign", "at_source", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname",
        "ns_fee", "ocid", "cmpid", "ref_src", "ref_url", "__twitter_impression", "spm", "share", "smid",
    };

    /// <summary>Picks the most stable identity available for an item.</summary>
    /// <param name="feedId">The feed's guid or id, when it has one.</param>
    /// <param name="link">The item's link.</param>
    /// <param name="title">The item's title.</param>
    /// <param name="published">The publication time: only its UTC day counts, and only without id and link.</param>
    public static string From(string? feedId, Uri? link, string title, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (!string.IsNullOrWhiteSpace(feedId))
        {
            return "id:" + feedId.Trim();
        }

        if (link is not null)
        {
            return "link:" + CanonicalLink(link);
        }

        // Without a date this is the title alone; with one, a recurring headline ("Daily briefing") stays apart
        // from day to day while a re-dating within the day keeps the identity.
        var key = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (published is { } date)
        {
            key += "\n" + date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "title:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>The link without fragment, user info, default port and tracking parameters (utm_*, fbclid …).</summary>
    public static string CanonicalLink(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var withoutQuery = link.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        var query = link.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .ToList();
        return kept.Count == 0 ? withoutQuery : withoutQuery + "?" + string.Join('&', kept);
    }

    private static bool IsTracking(string name)
    {
        var decoded = Uri.UnescapeDataString(name);
        return decoded.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(decoded);
    }
}
