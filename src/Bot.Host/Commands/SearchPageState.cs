using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Commands;
using Bot.Commands.Search;

namespace Bot.Host.Commands;

/// <summary>
/// A <c>/search</c> page as a button's custom id, <c>search:1:PAGE:DAYS:LANGUAGE:SOURCE:QUERY</c> (1 is the format's
/// version; empty DAYS, LANGUAGE or SOURCE mean not given), so paging needs no stored state and works on any
/// replica. The query is last, so it may hold colons. Discord caps a custom id at 100 characters: a search whose
/// state is longer gets no buttons (its <c>page</c> option still works). Clicking users can forge a custom id, so
/// reading one checks every part; the guild is never in it (it comes from the interaction), and the search runs
/// through the same checks as the slash command.
/// </summary>
internal static partial class SearchPageState
{
    public const string Prefix = "search:";
    private const string Version = "1";
    private const int MaxLength = 100;
    private const int MaxDays = 365;

    /// <summary>The custom id for <paramref name="page"/> of the search <paramref name="arguments"/> describe, or null when it does not fit.</summary>
    public static string? Write(CommandArguments arguments, int page)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var query = arguments.GetString("query")?.Trim() ?? string.Empty;
        var days = arguments.GetInteger("days")?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var language = arguments.GetString("language")?.Trim().ToLowerInvariant() ?? string.Empty;
        var source = arguments.GetString("source")?.Trim() ?? string.Empty;
        if (query.Length == 0 || !LanguageCode().IsMatch(language) || !SourceName().IsMatch(source))
        {
            return null;
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Version}:{page}:{days}:{language}:{source}:{query}");
        return id.Length <= MaxLength ? id : null;
    }

    /// <summary>The search arguments a custom id holds, or null when any part is not what <see cref="Write"/> writes.</summary>
    public static CommandArguments? Read(string? customId)
    {
        if (customId is not { Length: > 0 and <= MaxLength } || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = customId[Prefix.Length..].Split(':', 6);
        if (parts is not [Version, var pageText, var daysText, var language, var source, var query]
            || !int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page is < 1 or > SearchCommand.MaxPage
            || !TryReadDays(daysText, out var days)
            || !LanguageCode().IsMatch(language) || !SourceName().IsMatch(source)
            || query.Trim().Length == 0)
        {
            return null;
        }

        return CommandArguments.Of(
            ("query", query), ("days", days), ("language", language.Length == 0 ? null : language), ("source", source.Length == 0 ? null : source), ("page", (long)page));
    }

    private static bool TryReadDays(string text, out long? days)
    {
        days = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxDays)
        {
            days = value;
            return true;
        }

        return false;
    }

    [GeneratedRegex("^([a-z]{2})?$")]
    private static partial Regex LanguageCode();

    // Source names as the bot gives them; any other filter text gets no buttons rather than a wider id grammar.
    [GeneratedRegex("^[A-Za-z0-9._-]{0,64}$")]
    private static partial Regex SourceName();
}
