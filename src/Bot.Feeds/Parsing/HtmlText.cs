using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Turns the HTML fragments feeds carry into plain text with AngleSharp's HTML5 parser: block elements become
/// line breaks (so sentences stay apart), script, style, ruby annotations and other non-text elements are dropped,
/// entities are decoded and whitespace is collapsed.
/// </summary>
public static class HtmlText
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    // The DOM is not thread-safe, so each thread parses fragments against a <body> of its own.
    [ThreadStatic]
    private static IElement? ThreadFragmentContext;

    private static IElement FragmentContext => ThreadFragmentContext ??= Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "td", "th", "tr", "ul",
    };

    // rt and rp are ruby annotations (the reading of 發 as "fā" above it), not words of the text.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "select", "button", "rt", "rp",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return Collapse(html);
        }

        // Parsed as a fragment in a <body>, as innerHTML would be: far cheaper than a whole document per field.
        var text = new StringBuilder(html.Length);
        Append(Parser.ParseFragment(html, FragmentContext), text);
        return Collapse(text.ToString());
    }

    /// <summary>The text of a node already parsed (an article page), laid out as for a fragment.</summary>
    internal static string ToPlainText(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        Append(node.ChildNodes, text);
        return Collapse(text.ToString());
    }

    /// <summary>Runs of spaces become one space, runs of line breaks one line break; the ends are trimmed.</summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingBreak = true;
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B')
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
                result.Append(c is >= '\u0080' and <= '\u009F' ? Demoronize(c) : c);
            }
        }

        return result.ToString();
    }

    // C1 controls never stand for themselves in feed text: they are windows-1252 punctuation (curly quotes,
    // dashes) that went through a Latin-1 decoder or a numeric reference.
    private static char Demoronize(char c) => Windows1252.GetString([(byte)c]) is [var mapped] ? mapped : c;

    // Iterative, so a hostile page nested thousands deep cannot exhaust the stack.
    private static void Append(IEnumerable<INode> roots, StringBuilder text)
    {
        var pending = new Stack<INode?>();
        PushAll(roots, pending);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case null:
                    text.Append('\n'); // the end of a block element
                    break;
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when SkippedTags.Contains(e.LocalName):
                    break;
                case IElement e when BlockTags.Contains(e.LocalName):
                    text.Append('\n');
                    pending.Push(null);
                    PushAll(e.ChildNodes, pending);
                    break;
                case IElement e:
                    PushAll(e.ChildNodes, pending);
                    break;
            }
        }
    }

    private static void PushAll(IEnumerable<INode> nodes, Stack<INode?> pending)
    {
        foreach (var node in nodes.Reverse())
        {
            pending.Push(node);
        }
    }
}
