using System.Net;
using System.Text;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Turns the HTML fragments feeds carry into plain text: tags dropped, block ends become line breaks (so
/// sentences stay apart), script and style contents removed, entities decoded, whitespace collapsed.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section", "article", "figcaption",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style" };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, lt - i);
            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                text.Append(html, lt, html.Length - lt);
                break;
            }

            var tag = TagName(html.AsSpan(lt + 1, gt - lt - 1));
            if (BlockTags.Contains(tag))
            {
                text.Append('\n');
            }

            i = gt + 1;
            if (SkippedTags.Contains(tag) && html[lt + 1] != '/')
            {
                var close = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        return CollapseWhitespace(WebUtility.HtmlDecode(text.ToString()));
    }

    private static string TagName(ReadOnlySpan<char> inside)
    {
        inside = inside.TrimStart('/').TrimStart();
        var end = 0;
        while (end < inside.Length && char.IsAsciiLetterOrDigit(inside[end]))
        {
            end++;
        }

        return inside[..end].ToString();
    }

    // Runs of spaces become one space; runs of line breaks become one line break.
    private static string CollapseWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                pendingBreak = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (result.Length > 0 && (pendingBreak || pendingSpace))
                {
                    result.Append(pendingBreak ? '\n' : ' ');
                }

                pendingBreak = pendingSpace = false;
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
