using System.Text.RegularExpressions;

namespace Bot.Feeds.Parsing;

/// <summary>The name in an RSS author field, which often mixes it with an address.</summary>
internal static partial class PersonName
{
    /// <summary>"me@x.org (Jane Doe)", "Jane Doe (me@x.org)" and "Jane Doe &lt;me@x.org&gt;" all give "Jane Doe".</summary>
    public static string From(string text)
    {
        var match = MixedPattern().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var name = match.Groups["before"].Value.Trim();
        var inside = match.Groups["inside"].Value.Trim();
        return name.Contains('@', StringComparison.Ordinal) ? (inside.Length > 0 ? inside : name) : (name.Length > 0 ? name : inside);
    }

    [GeneratedRegex(@"^(?<before>[^(<]*)[(<](?<inside>[^)>]*)[)>]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MixedPattern();
}
