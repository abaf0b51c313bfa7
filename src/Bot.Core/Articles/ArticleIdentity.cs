using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Articles;

/// <summary>
/// Derives the identity that makes an item "the same item" across polls: the feed's own id, else the link,
/// else a hash of the title. Edits to the body or the date therefore do not make a new item.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>Picks the most stable identity available for an item.</summary>
    public static string From(string? feedId, Uri? link, string title)
    {
        if (!string.IsNullOrWhiteSpace(feedId))
        {
            return "id:" + feedId.Trim();
        }

        if (link is not null)
        {
            return "link:" + link.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title.Trim()));
        return "title:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
