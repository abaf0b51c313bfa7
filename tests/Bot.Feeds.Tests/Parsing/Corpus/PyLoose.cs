using Bot.Feeds.Parsing;

namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>
/// A value of ours compared with what feedparser writes: feedparser keeps (sanitised) HTML where we keep plain
/// text, keeps date strings where we keep instants, and spells encodings in its own case.
/// </summary>
internal abstract class PyLoose(string display)
{
    public string Display { get; } = display;

    public abstract bool Matches(string expected);

    public override string ToString() => Display;

    /// <summary>Plain text of ours against feedparser's HTML: equal once both are plain text.</summary>
    public sealed class Text(string value) : PyLoose(value)
    {
        public override bool Matches(string expected) =>
            Display == expected || Display == HtmlText.ToPlainText(expected) || Display == HtmlText.Collapse(expected);
    }

    /// <summary>A link: equal when both name the same absolute URI.</summary>
    public sealed class Link(Uri value) : PyLoose(value.AbsoluteUri)
    {
        public override bool Matches(string expected) =>
            Display == expected || (Uri.TryCreate(expected, UriKind.Absolute, out var uri) && uri.AbsoluteUri == Display);
    }

    /// <summary>A date: equal to a date string that names the same instant.</summary>
    public sealed class Date(DateTimeOffset value) : PyLoose(value.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
    {
        public DateTimeOffset Value { get; } = value;

        public override bool Matches(string expected) => FeedDate.Parse(expected) == Value;
    }

    /// <summary>An encoding label, compared without regard to case.</summary>
    public sealed class Encoding(string value) : PyLoose(value)
    {
        public override bool Matches(string expected) => string.Equals(Display, expected, StringComparison.OrdinalIgnoreCase);
    }
}
