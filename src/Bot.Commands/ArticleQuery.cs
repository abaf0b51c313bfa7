using Bot.Commands.Localization;

namespace Bot.Commands;

/// <summary>The query and the window of days that lookups over stored articles take (<c>/watch test</c>, <c>/search</c>), checked.</summary>
internal sealed record ArticleQuery(string Text, long Days)
{
    /// <summary>The query and days of <paramref name="request"/>, or the reply saying what is wrong with them.</summary>
    public static (ArticleQuery? Query, CommandReply? Refusal) Read(CommandRequest request, CommandsOptions settings)
    {
        var language = request.Language;
        if (request.Arguments.GetString("query") is not { Length: > 0 } text)
        {
            return (null, CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, "query")));
        }

        var days = request.Arguments.GetInteger("days") ?? settings.DryRunDefaultDays;
        return days < 1 || days > settings.DryRunMaxDays
            ? (null, CommandReply.Fail(CommandOutcome.InvalidInput, Texts.DaysInvalid.Format(language, settings.DryRunMaxDays, days)))
            : (new ArticleQuery(text, days), null);
    }
}
