using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Commands.Localization;
using Bot.Core.Sources;
using Bot.Feeds.Fetching;
using Bot.Feeds.Parsing;
using Bot.Pipeline.Matching;
using Bot.Pipeline.Polling;
using Microsoft.Extensions.Options;

namespace Bot.Commands.Sources;

/// <summary>
/// <c>source add|list|remove|pause|resume|status</c>: the feeds a guild adds for itself. <c>add</c> fetches the feed
/// once through the guarded fetcher (so the SSRF guard refuses what it would refuse when polling) and shows what it
/// read before saving. A guild's sources are seen by its rules only.
/// </summary>
public sealed partial class SourceCommands(
    IGuildSourceStore store, FeedFetcher fetcher, RuleBookProvider rules, IOptions<PollScheduleOptions> schedule)
{
    private const int DefaultIntervalMinutes = 5;
    private const int MaxIntervalMinutes = 1440;
    private const int ShownItems = 3;

    public async Task<CommandReply> AddAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var text = request.Arguments.GetString("url")?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, "url"));
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.SourceUrlInvalid.Format(language, text));
        }

        var name = request.Arguments.GetString("name")?.Trim() ?? url.Host;
        if (!SourceName().IsMatch(name))
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.SourceNameInvalid.Format(language, name));
        }

        var minimum = (int)Math.Max(1, Math.Ceiling(schedule.Value.MinInterval.TotalMinutes));
        var minutes = request.Arguments.GetInteger("interval") ?? Math.Max(DefaultIntervalMinutes, minimum);
        if (minutes < minimum || minutes > MaxIntervalMinutes)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.IntervalInvalid.Format(language, minimum, minutes));
        }

        var declared = request.Arguments.GetString("language")?.Trim();
        var sourceLanguage = SourceLanguages.Normalize(declared);
        if (declared is { Length: > 0 } && (sourceLanguage is null || !string.Equals(sourceLanguage, declared, StringComparison.OrdinalIgnoreCase)))
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.SourceLanguageInvalid.Format(language, declared, string.Join(", ", SourceLanguages.Supported)));
        }

        if (request.Arguments.Has("full_text") && request.Arguments.GetBoolean("full_text") is null)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.SwitchInvalid.Format(language, "full_text", request.Arguments.GetString("full_text")));
        }

        var settings = new SourceSettings(sourceLanguage, request.Arguments.GetBoolean("full_text") ?? false);
        if (await store.IsSharedAsync(url, cancellationToken))
        {
            return CommandReply.Fail(CommandOutcome.Conflict, Texts.SourceShared.Format(language, url.AbsoluteUri));
        }

        // Fetching may take seconds (timeouts, retries): acknowledge first.
        await request.Deferral.DeferAsync(ephemeral: true, cancellationToken);
        var fetched = await fetcher.FetchAsync(url, cancellationToken);
        if (fetched is not FetchResult.Content content)
        {
            return fetched is FetchResult.Blocked blocked
                ? CommandReply.Fail(CommandOutcome.InvalidInput, Texts.SourceBlocked.Format(language, url.AbsoluteUri, blocked.Reason))
                : CommandReply.Fail(CommandOutcome.InvalidInput, Texts.SourceUnreadable.Format(language, url.AbsoluteUri, Describe(fetched)));
        }

        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(content.Body, content.ContentType, content.FinalUrl);
        }
        catch (FeedFormatException ex)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.SourceUnreadable.Format(language, url.AbsoluteUri, ex.Message));
        }

        if (await store.SubscribeAsync(request.Guild, request.Actor, name, url, TimeSpan.FromMinutes(minutes), cancellationToken, settings) is not { } added)
        {
            return CommandReply.Fail(CommandOutcome.Conflict, Texts.SourceExists.Format(language, name, url.AbsoluteUri));
        }

        rules.Invalidate();
        var items = string.Join('\n', feed.Items.Take(ShownItems).Select(i => "• " + (i.Title.Length > 0 ? i.Title : i.Link?.AbsoluteUri)));
        var title = feed.Title.Length > 0 ? feed.Title : url.Host;
        return CommandReply.Done(Texts.SourceAdded.Format(language, added.Name, title, feed.Format, feed.Items.Count, minutes) + "\n" + items
            + "\n" + Settings(added, language));
    }

    public async Task<CommandReply> ListAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var sources = await store.ListAsync(request.Guild, cancellationToken);
        if (sources.Count == 0)
        {
            return CommandReply.Done(Texts.NoSources.Format(language));
        }

        var lines = new StringBuilder();
        foreach (var source in sources)
        {
            lines.Append(CultureInfo.InvariantCulture, $"**{source.Name}** · {State(source, language)} · {Settings(source, language)} · {source.Url.AbsoluteUri}\n");
        }

        return CommandReply.Show(new ReplyEmbed(Texts.SourcesTitle.Format(language, sources.Count), lines.ToString().TrimEnd()));
    }

    public async Task<CommandReply> StatusAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (request.Arguments.GetString("name")?.Trim() is not { Length: > 0 } name)
        {
            return await ListAsync(request, cancellationToken);
        }

        if (await store.FindAsync(request.Guild, name, cancellationToken) is not { } source)
        {
            return CommandReply.Fail(CommandOutcome.NotFound, Texts.SourceNotFound.Format(language, name));
        }

        var health = source.Health;
        ReplyField[] fields =
        [
            new(Texts.State.Format(language), State(source, language), Inline: true),
            new(Texts.LastPoll.Format(language), Time(health.LastAttemptAt, language) + (health.LastResult is { } result ? $" ({result}{(health.HttpStatus is { } status ? $", HTTP {status}" : string.Empty)})" : string.Empty), Inline: true),
            new(Texts.LastSuccess.Format(language), Time(health.LastSuccessAt, language), Inline: true),
            new(Texts.ErrorStreak.Format(language), health.ErrorStreak.ToString(CultureInfo.InvariantCulture), Inline: true),
            new(Texts.NextPoll.Format(language), Time(health.NextDueAt, language), Inline: true),
            new(Texts.SourceSettingsField.Format(language), Settings(source, language), Inline: true),
            new(Texts.Problem.Format(language), health.PausedReason ?? health.Problem ?? Texts.None.Format(language)),
        ];
        return CommandReply.Show(new ReplyEmbed(Texts.SourceTitle.Format(language, source.Name), source.Url.AbsoluteUri, fields));
    }

    public async Task<CommandReply> RemoveAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (Name(request) is not { } name)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, "name"));
        }

        if (await store.UnsubscribeAsync(request.Guild, request.Actor, name, cancellationToken) is not { } removed)
        {
            return CommandReply.Fail(CommandOutcome.NotFound, Texts.SourceNotFound.Format(language, name));
        }

        rules.Invalidate();
        return CommandReply.Done(Texts.SourceRemoved.Format(language, removed.Name));
    }

    public Task<CommandReply> PauseAsync(CommandRequest request, CancellationToken cancellationToken) => SetPausedAsync(request, paused: true, cancellationToken);

    public Task<CommandReply> ResumeAsync(CommandRequest request, CancellationToken cancellationToken) => SetPausedAsync(request, paused: false, cancellationToken);

    public Task<IReadOnlyList<string>> SuggestNamesAsync(CommandRequest request, string typed, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return store.SuggestNamesAsync(request.Guild, typed, limit, cancellationToken);
    }

    private async Task<CommandReply> SetPausedAsync(CommandRequest request, bool paused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (Name(request) is not { } name)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, "name"));
        }

        if (await store.FindAsync(request.Guild, name, cancellationToken) is not { } source)
        {
            return CommandReply.Fail(CommandOutcome.NotFound, Texts.SourceNotFound.Format(language, name));
        }

        // A feed paused after failing too long is resumed by /source resume even though the guild never paused it.
        var active = !source.Paused && source.Health.PausedAt is null;
        if (paused ? source.Paused : active)
        {
            return CommandReply.Fail(CommandOutcome.Conflict, (paused ? Texts.SourceAlreadyPaused : Texts.SourceAlreadyActive).Format(language, source.Name));
        }

        var changed = await store.SetPausedAsync(request.Guild, request.Actor, name, paused, cancellationToken);
        rules.Invalidate();
        return CommandReply.Done((paused ? Texts.SourcePaused : Texts.SourceResumed).Format(language, changed?.Name ?? source.Name));
    }

    private static string? Name(CommandRequest request) => request.Arguments.GetString("name")?.Trim() is { Length: > 0 } name ? name : null;

    private static string State(GuildSource source, Language language) =>
        source.Paused ? Texts.PausedBecause.Format(language, "/source pause")
        : source.Health.PausedReason is { } reason ? Texts.PausedBecause.Format(language, reason)
        : Texts.Active.Format(language);

    // "language: fr · full text" or "language: detected · feed text".
    private static string Settings(GuildSource source, Language language) =>
        Texts.SourceSettings.Format(
            language,
            source.Language ?? Texts.LanguageDetected.Format(language),
            (source.FullText ? Texts.FullTextOn : Texts.FullTextOff).Format(language));

    private static string Time(DateTimeOffset? time, Language language) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? Texts.Never.Format(language);

    private static string Describe(FetchResult result) => result switch
    {
        FetchResult.HttpError error => $"HTTP {(int)error.StatusCode}",
        FetchResult.NetworkError error => error.Message,
        FetchResult.TimedOut timedOut => $"no answer within {timedOut.After.TotalSeconds:0} s",
        FetchResult.TooLarge tooLarge => $"larger than {tooLarge.Limit} bytes",
        FetchResult.RedirectFailed redirect => redirect.Reason,
        FetchResult.HostUnavailable host => $"{host.Host} keeps failing",
        _ => result.GetType().Name,
    };

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SourceName();
}
