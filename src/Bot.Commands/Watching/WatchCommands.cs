using System.Globalization;
using System.Text;
using Bot.Commands.Localization;
using Bot.Core.Watching;
using Bot.Pipeline.Matching;
using Microsoft.Extensions.Logging;

namespace Bot.Commands.Watching;

/// <summary>
/// <c>watch add|list|show|edit|remove|pause|resume</c>: a guild's watch rules. Changes go through
/// <see cref="IGuildWatchStore"/> (audited, guild-scoped) and make this replica's rule book reload at once.
/// </summary>
public sealed class WatchCommands(IGuildWatchStore store, RuleBookProvider rules, ILogger<WatchCommands> logger)
{
    private const int ListedRules = 40;

    public async Task<CommandReply> AddAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (Name(request, out var name) is { } badName)
        {
            return badName;
        }

        if (request.Arguments.GetString("query") is not { Length: > 0 } text)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(language, "query"));
        }

        var channel = request.Arguments.GetId("channel");
        var role = request.Arguments.GetId("mention_role");
        if (role is not null && channel is null)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.MentionNeedsChannel.Format(language));
        }

        var lexicon = RuleBook.LexiconFor(request.Guild, await store.ListTermsAsync(request.Guild, cancellationToken));
        var (query, _, refusal) = RuleQuery.Resolve(text, lexicon, language);
        if (refusal is not null)
        {
            return refusal;
        }

        var added = await store.AddRuleAsync(request.Guild, request.Actor, new RuleDraft(name, query!, channel, role), cancellationToken);
        if (added is null)
        {
            return CommandReply.Fail(CommandOutcome.Conflict, Texts.RuleExists.Format(language, name));
        }

        Changed(request, "add", added.Name);
        return CommandReply.Done(Texts.RuleAdded.Format(language, added.Name, Target(added.ChannelId, language)));
    }

    public async Task<CommandReply> ListAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var all = await store.ListRulesAsync(request.Guild, cancellationToken);
        if (all.Count == 0)
        {
            return CommandReply.Done(Texts.NoRules.Format(language));
        }

        var lines = new StringBuilder();
        foreach (var rule in all.Take(ListedRules))
        {
            lines.Append(CultureInfo.InvariantCulture, $"**{rule.Name}** · {State(rule, language)} · {Target(rule.ChannelId, language)}\n");
        }

        if (all.Count > ListedRules)
        {
            lines.Append(Texts.More.Format(language, all.Count - ListedRules));
        }

        return CommandReply.Show(new ReplyEmbed(Texts.RulesTitle.Format(language, all.Count), lines.ToString().TrimEnd()));
    }

    public async Task<CommandReply> ShowAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (Name(request, out var name) is { } badName)
        {
            return badName;
        }

        if (await store.FindRuleAsync(request.Guild, name, cancellationToken) is not { } rule)
        {
            return NotFound(name, language);
        }

        ReplyField[] fields =
        [
            new(Texts.Query.Format(language), $"```\n{rule.Query}\n```"),
            new(Texts.Channel.Format(language), Target(rule.ChannelId, language), Inline: true),
            new(Texts.MentionRole.Format(language), rule.MentionRoleId is { } role ? $"<@&{role}>" : Texts.None.Format(language), Inline: true),
            new(Texts.State.Format(language), State(rule, language), Inline: true),
            new(Texts.Origin.Format(language), (rule.Origin == RuleOrigin.Command ? Texts.OriginCommand : Texts.OriginConfiguration).Format(language), Inline: true),
        ];
        return CommandReply.Show(new ReplyEmbed(Texts.RuleTitle.Format(language, rule.Name), Fields: fields));
    }

    public async Task<CommandReply> EditAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (Name(request, out var name) is { } badName)
        {
            return badName;
        }

        var text = request.Arguments.GetString("query");
        var channel = request.Arguments.GetId("channel");
        var role = request.Arguments.GetId("mention_role");
        var clearRole = request.Arguments.GetFlag("clear_mention_role");
        if (string.IsNullOrWhiteSpace(text) && channel is null && role is null && !clearRole)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.EditNothing.Format(language));
        }

        if (clearRole && role is not null)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.MentionRoleConflict.Format(language));
        }

        if (await store.FindRuleAsync(request.Guild, name, cancellationToken) is not { } rule)
        {
            return NotFound(name, language);
        }

        if (rule.Origin == RuleOrigin.Configuration)
        {
            return CommandReply.Fail(CommandOutcome.Conflict, Texts.RuleConfigured.Format(language, rule.Name));
        }

        if (role is not null && (channel ?? rule.ChannelId) is null)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.MentionNeedsChannel.Format(language));
        }

        string? query = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var lexicon = RuleBook.LexiconFor(request.Guild, await store.ListTermsAsync(request.Guild, cancellationToken));
            (query, _, var refusal) = RuleQuery.Resolve(text, lexicon, language);
            if (refusal is not null)
            {
                return refusal;
            }
        }

        if (await store.EditRuleAsync(request.Guild, request.Actor, name, new RuleEdit(query, channel, role, clearRole), cancellationToken) is not { } edited)
        {
            return NotFound(name, language);
        }

        Changed(request, "edit", edited.Name);
        return CommandReply.Done(Texts.RuleEdited.Format(language, edited.Name));
    }

    public async Task<CommandReply> RemoveAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (Name(request, out var name) is { } badName)
        {
            return badName;
        }

        if (await store.FindRuleAsync(request.Guild, name, cancellationToken) is { Origin: RuleOrigin.Configuration } configured)
        {
            return CommandReply.Fail(CommandOutcome.Conflict, Texts.RuleConfigured.Format(language, configured.Name));
        }

        if (await store.RemoveRuleAsync(request.Guild, request.Actor, name, cancellationToken) is not { } removed)
        {
            return NotFound(name, language);
        }

        Changed(request, "remove", removed.Name);
        return CommandReply.Done(Texts.RuleRemoved.Format(language, removed.Name));
    }

    public Task<CommandReply> PauseAsync(CommandRequest request, CancellationToken cancellationToken) => SetPausedAsync(request, pause: true, cancellationToken);

    public Task<CommandReply> ResumeAsync(CommandRequest request, CancellationToken cancellationToken) => SetPausedAsync(request, pause: false, cancellationToken);

    /// <summary>Rule names of the guild for autocomplete.</summary>
    public Task<IReadOnlyList<string>> SuggestNamesAsync(CommandRequest request, string typed, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return store.SuggestRuleNamesAsync(request.Guild, typed, limit, cancellationToken);
    }

    private async Task<CommandReply> SetPausedAsync(CommandRequest request, bool pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        if (Name(request, out var name) is { } badName)
        {
            return badName;
        }

        if (await store.FindRuleAsync(request.Guild, name, cancellationToken) is not { } rule)
        {
            return NotFound(name, language);
        }

        if (rule.IsPaused == pause)
        {
            return CommandReply.Fail(CommandOutcome.Conflict, (pause ? Texts.RuleAlreadyPaused : Texts.RuleAlreadyActive).Format(language, rule.Name));
        }

        var reason = pause ? $"paused by {request.Actor.Name}" : null;
        if (await store.SetRulePausedAsync(request.Guild, request.Actor, name, reason, cancellationToken) is not { } changed)
        {
            return NotFound(name, language);
        }

        Changed(request, pause ? "pause" : "resume", changed.Name);
        return CommandReply.Done((pause ? Texts.RulePaused : Texts.RuleResumed).Format(language, changed.Name));
    }

    private void Changed(CommandRequest request, string action, string rule)
    {
        rules.Invalidate();
        Log.RuleChanged(logger, action, rule, request.Guild.ToString(), request.Actor.UserId);
    }

    private static CommandReply? Name(CommandRequest request, out string name)
    {
        name = request.Arguments.GetString("name")?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.Missing.Format(request.Language, "name"));
        }

        return RuleNames.IsValid(name) ? null : CommandReply.Fail(CommandOutcome.InvalidInput, Texts.RuleNameInvalid.Format(request.Language, name));
    }

    private static CommandReply NotFound(string name, Language language) =>
        CommandReply.Fail(CommandOutcome.NotFound, Texts.RuleNotFound.Format(language, name));

    internal static string Target(ulong? channel, Language language) =>
        channel is { } id ? $"<#{id.ToString(CultureInfo.InvariantCulture)}>" : Texts.Console.Format(language);

    private static string State(StoredRule rule, Language language) =>
        rule.PausedReason is { } reason ? Texts.PausedBecause.Format(language, reason) : Texts.Active.Format(language);
}
