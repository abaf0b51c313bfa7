using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bot.Feeds.Parsing;

namespace Bot.Feeds.Extraction;

/// <summary>
/// Finds the main text of an article page: boilerplate (navigation, headers, footers, asides, related links,
/// captions, ads) is removed, each paragraph scores its text length for its parent and half for its grandparent,
/// and the best-scoring block gives the text, paragraph by paragraph, without "read also" lines and link lists.
/// Input is bounded in bytes and work in time; the outcome is a value.
/// </summary>
public static class ArticleExtractor
{
    private const int MinParagraphLength = 25;
    private const double MaxLinkDensity = 0.5;

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase) { "p", "h2", "h3", "h4", "blockquote", "li", "pre" };

    /// <summary>Extracts the main text of <paramref name="html"/>.</summary>
    /// <param name="html">The page's bytes, as served.</param>
    /// <param name="contentType">The HTTP Content-Type, for its charset.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the work; cancellation throws, unlike the time limit.</param>
    public static async Task<ExtractedArticle> ExtractAsync(ReadOnlyMemory<byte> html, string? contentType, ArticleExtractionOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ArticleExtractionOptions();
        var truncated = html.Length > options.MaxBytes;
        var text = PageDecoder.Decode(html.Span[..Math.Min(html.Length, options.MaxBytes)], contentType);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        // The timer cancels the parse; the deadline is also checked between steps, where a timer may lag.
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        try
        {
            using var document = await new HtmlParser().ParseDocumentAsync(text, timeout.Token);
            var headline = Headline(document);
            var main = Extract(document, () => Check(deadline, timeout.Token));
            if (main.Length < options.MinTextLength)
            {
                return new ExtractedArticle(ExtractionStatus.NoMainText, string.Empty, truncated) { Headline = headline };
            }

            return main.Length > options.MaxTextLength
                ? new ExtractedArticle(ExtractionStatus.Extracted, main[..options.MaxTextLength], Truncated: true) { Headline = headline }
                : new ExtractedArticle(ExtractionStatus.Extracted, main, truncated) { Headline = headline };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExtractedArticle(ExtractionStatus.TimedOut, string.Empty, truncated);
        }
    }

    private static void Check(long deadline, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > deadline)
        {
            throw new OperationCanceledException(token);
        }
    }

    // Read before boilerplate goes: the page's header may hold the h1.
    private static string Headline(IDocument document)
    {
        var h1 = document.Body?.QuerySelector("h1") is { } heading ? HtmlText.ToPlainText(heading) : string.Empty;
        var og = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? string.Empty;
        return HtmlText.Collapse(h1.Length > 0 ? h1 : og.Length > 0 ? og : document.Title ?? string.Empty);
    }

    private static string Extract(IDocument document, Action checkTime)
    {
        var body = document.Body;
        if (body is null)
        {
            return string.Empty;
        }

        foreach (var element in body.QuerySelectorAll("*").Where(BoilerplateRules.IsBoilerplate).ToList())
        {
            element.Remove();
        }

        checkTime();
        var best = BestBlock(body, checkTime);
        var paragraphs = best.QuerySelectorAll("*")
            .Where(e => ParagraphTags.Contains(e.LocalName) && !e.Ancestors<IElement>().TakeWhile(a => a != best).Any(a => ParagraphTags.Contains(a.LocalName)))
            .Select(e => (Element: e, Text: HtmlText.ToPlainText(e)))
            .Where(p => p.Text.Length > 0 && !BoilerplateRules.IsReadAlso(p.Text) && LinkDensity(p.Element, p.Text) <= MaxLinkDensity)
            .Select(p => p.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // Pages that set text in <div>s with <br>s have no paragraphs: then the whole block is the text.
        return paragraphs.Count > 0 ? string.Join('\n', paragraphs) : HtmlText.ToPlainText(best);
    }

    private static IElement BestBlock(IElement body, Action checkTime)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, blockquote, div"))
        {
            checkTime();
            // A <div> counts only for its own text (sites that write paragraphs as divs), not its children's.
            var text = paragraph.LocalName == "div" ? OwnText(paragraph) : HtmlText.ToPlainText(paragraph);
            if (text.Length < MinParagraphLength || LinkDensity(paragraph, text) > MaxLinkDensity)
            {
                continue;
            }

            var score = Math.Min(text.Length, 1000) + (text.Count(c => c is ',' or '،' or '，') * 10);
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2);
                }
            }
        }

        if (scores.Count == 0)
        {
            return body;
        }

        var best = scores.MaxBy(s => s.Value);
        // A marked-up article body wins when it holds most of the best block's text.
        var marked = body.QuerySelector("[itemprop=articleBody], article");
        return marked is not null && scores.GetValueOrDefault(marked) >= best.Value * 0.5 ? marked : best.Key;
    }

    private static string OwnText(IElement element) =>
        HtmlText.Collapse(string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)));

    private static double LinkDensity(IElement element, string text)
    {
        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return text.Length == 0 ? 1 : (double)linked / text.Length;
    }
}
