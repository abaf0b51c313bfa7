using Bot.Commands.Alerts;
using Bot.Commands.Concepts;
using Bot.Commands.Localization;
using Bot.Commands.Search;
using Bot.Commands.Sources;
using Bot.Commands.Status;
using Bot.Commands.Watching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Commands;

/// <summary>
/// The one entry point transports call: runs a command by its path (<c>"watch add"</c>) after checking on our side
/// that the invoker may, and answers autocomplete. Discord and the command line share it, so they behave alike.
/// </summary>
public sealed class CommandRunner(
    WatchCommands watch,
    WatchDryRun dryRun,
    ConceptCommands concepts,
    SourceCommands sources,
    AlertCommands alerts,
    SearchCommand search,
    StatusCommand status,
    IOptions<CommandsOptions> options,
    ILogger<CommandRunner> logger)
{
    /// <summary>The most suggestions an autocomplete answer holds (Discord's limit).</summary>
    public const int MaxSuggestions = 25;

    private static readonly Dictionary<string, CommandAccess> Access = new(StringComparer.Ordinal)
    {
        ["watch add"] = CommandAccess.Moderator,
        ["watch edit"] = CommandAccess.Moderator,
        ["watch remove"] = CommandAccess.Moderator,
        ["watch pause"] = CommandAccess.Moderator,
        ["watch resume"] = CommandAccess.Moderator,
        ["watch list"] = CommandAccess.Member,
        ["watch show"] = CommandAccess.Member,
        ["watch test"] = CommandAccess.Member,
        ["concept show"] = CommandAccess.Member,
        ["concept add-term"] = CommandAccess.Moderator,
        ["source add"] = CommandAccess.Moderator,
        ["source remove"] = CommandAccess.Moderator,
        ["source pause"] = CommandAccess.Moderator,
        ["source resume"] = CommandAccess.Moderator,
        ["source list"] = CommandAccess.Member,
        ["source status"] = CommandAccess.Member,
        ["alerts recent"] = CommandAccess.Member,
        ["search"] = CommandAccess.Member,
        ["status"] = CommandAccess.Member,
    };

    /// <summary>Every command path this runner knows, with who may run it.</summary>
    public static IReadOnlyDictionary<string, CommandAccess> Commands => Access;

    public async Task<CommandReply> RunAsync(string path, CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Access.TryGetValue(path, out var access))
        {
            throw new ArgumentException($"There is no command '{path}'.", nameof(path));
        }

        if (access == CommandAccess.Moderator && !IsModerator(request))
        {
            Log.CommandDenied(logger, path, request.Guild.ToString(), request.Actor.UserId);
            return CommandReply.Fail(CommandOutcome.Denied, Texts.Denied.Format(request.Language));
        }

        return path switch
        {
            "watch add" => await watch.AddAsync(request, cancellationToken),
            "watch list" => await watch.ListAsync(request, cancellationToken),
            "watch show" => await watch.ShowAsync(request, cancellationToken),
            "watch edit" => await watch.EditAsync(request, cancellationToken),
            "watch remove" => await watch.RemoveAsync(request, cancellationToken),
            "watch pause" => await watch.PauseAsync(request, cancellationToken),
            "watch resume" => await watch.ResumeAsync(request, cancellationToken),
            "watch test" => await dryRun.RunAsync(request, cancellationToken),
            "concept show" => await concepts.ShowAsync(request, cancellationToken),
            "source add" => await sources.AddAsync(request, cancellationToken),
            "source list" => await sources.ListAsync(request, cancellationToken),
            "source status" => await sources.StatusAsync(request, cancellationToken),
            "source remove" => await sources.RemoveAsync(request, cancellationToken),
            "source pause" => await sources.PauseAsync(request, cancellationToken),
            "source resume" => await sources.ResumeAsync(request, cancellationToken),
            "alerts recent" => await alerts.RecentAsync(request, cancellationToken),
            "search" => await search.RunAsync(request, cancellationToken),
            "status" => await status.RunAsync(request, cancellationToken),
            _ => await concepts.AddTermAsync(request, cancellationToken),
        };
    }

    /// <summary>Suggestions for option <paramref name="option"/> of <paramref name="path"/> given what was typed; none when it has no autocomplete.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string path, string option, string typed, CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (path, option) switch
        {
            ("watch show" or "watch edit" or "watch remove" or "watch pause" or "watch resume", "name") or ("alerts recent", "rule") =>
                await watch.SuggestNamesAsync(request, typed ?? string.Empty, MaxSuggestions, cancellationToken),
            ("concept show", "name") or ("concept add-term", "concept") =>
                await concepts.SuggestAsync(request, typed ?? string.Empty, MaxSuggestions, cancellationToken),
            ("source remove" or "source pause" or "source resume" or "source status", "name") =>
                await sources.SuggestNamesAsync(request, typed ?? string.Empty, MaxSuggestions, cancellationToken),
            _ => [],
        };
    }

    /// <summary>The refusal for a command used outside a guild (a direct message): there is no guild to act in.</summary>
    public static CommandReply GuildOnly(string? locale) =>
        CommandReply.Fail(CommandOutcome.InvalidInput, Texts.GuildOnly.Format(Languages.FromLocale(locale)));

    /// <summary>Manage Server (or Administrator) in the interaction's permissions, or a configured moderator role.</summary>
    public bool IsModerator(CommandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.Permissions & (CommandPermissions.ManageGuild | CommandPermissions.Administrator)) != 0
            || request.RoleIds.Any(options.Value.ModeratorRoleIds.Contains);
    }
}
