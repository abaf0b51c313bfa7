using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.Alerts;
using Bot.Core.Articles;
using Bot.Core.Watching;
using Bot.Host.Hosting;
using Bot.TestKit;
using Bot.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.IntegrationTests.Commands;

/// <summary>
/// The real host in process with the fake Discord and a feed server, on a database of its own, shared by a test
/// class. Feed <c>/seeds.xml</c> serves the shared seed corpus; <c>/live.xml</c> starts empty for tests that publish.
/// Dry runs in <see cref="SlowGuild"/> read articles 4 seconds slowly, past Discord's 3-second deadline.
/// </summary>
public sealed class CommandBot(PostgresServer server) : IAsyncLifetime
{
    public const ulong ModeratorRole = 1_400_000_000_000_000_777;
    public const ulong SlowGuild = 1_100_000_000_000_009_999;
    public const string ManageServer = "2147483647";
    public const string NoManageServer = "2048";

    // The shared seed corpus sits beside the repository (CI), or above it (a developer's worktree).
    private static readonly string SeedFolder = FindSeeds();

    private readonly string _name = "commands_" + Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stop = new();
    private Task<int>? _run;

    public FakeDiscord Discord { get; private set; } = null!;

    public FeedServer Feeds { get; private set; } = null!;

    public string ConnectionString { get; private set; } = string.Empty;

    public LogCapture Logs { get; } = new();

    public int SeedCount { get; private set; }

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await server.CreateDatabaseAsync(_name);
        Discord = await FakeDiscord.StartAsync();
        Feeds = await FeedServer.StartAsync();
        var seeds = Seeds();
        SeedCount = seeds.Length;
        Feeds.Serve("/seeds.xml", RssFeed.Create("Seeds", seeds));
        Feeds.Serve("/live.xml", RssFeed.Create("Live"));
        var arguments = BotArguments.For(Feeds.Url("/seeds.xml"), ConnectionString, "commands-" + Guid.NewGuid().ToString("N"));
        arguments.AddRange([
            "--Bot:Sources:0:Name=seeds",
            "--Bot:Sources:1:Name=live",
            $"--Bot:Sources:1:Url={Feeds.Url("/live.xml")}",
            "--Bot:Sources:1:Interval=00:00:01",
            $"--Bot:Commands:ModeratorRoleIds:0={ModeratorRole}",
            $"--Discord:Token={Discord.Options.Token}",
            $"--Discord:ApiBaseUrl={Discord.ApiBaseUrl}",
            "--Discord:RetryDelay=00:00:00.050",
        ]);
        _run = BotApplication.RunAsync(arguments, services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            SlowDryRuns(services);
        }, _stop.Token);
        await WaitForAsync(async () => Discord.Gateway.IsReady && Discord.Commands.ContainsKey("global")
            && await ScalarAsync<long>("SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.name = 'seeds'") >= SeedCount);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            (await _run).ShouldBe(ExitCodes.Success);
        }

        _stop.Dispose();
        await Discord.DisposeAsync();
        await Feeds.DisposeAsync();
        await server.DropDatabaseAsync(_name);
    }

    /// <summary>Sends a slash command (or, with type 4, an autocomplete) and waits for its answer.</summary>
    public async Task<Answer> SendAsync(
        string command, JsonArray options, ulong guild, string permissions = ManageServer, string locale = "en-US", IReadOnlyList<ulong>? roles = null, int type = 2)
    {
        var interaction = await Discord.SendInteractionAsync(command, options, type: type, guildId: guild, permissions: permissions, locale: locale, roles: roles);
        await WaitForAsync(() => Task.FromResult(interaction.CallbackType is 4 or 8 || (interaction.CallbackType == 5 && !interaction.Edits.IsEmpty)));
        return new Answer(interaction);
    }

    /// <summary>Clicks button <paramref name="customId"/> of <paramref name="message"/> (a MESSAGE_COMPONENT interaction) and waits for the answer.</summary>
    public async Task<Answer> ClickAsync(string customId, JsonObject message, ulong guild, string locale = "en-US", string permissions = NoManageServer)
    {
        var interaction = await Discord.SendComponentInteractionAsync(customId, message, guildId: guild, permissions: permissions, locale: locale);
        await WaitForAsync(() => Task.FromResult(interaction.CallbackType is 4 or 7 || (interaction.CallbackType == 6 && !interaction.Edits.IsEmpty)));
        return new Answer(interaction);
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task WaitForAsync(Func<Task<bool>> probe)
    {
        using var deadline = new CancellationTokenSource(BotArguments.Patience);
        while (!await probe())
        {
            await Task.Delay(100, deadline.Token);
        }
    }

    /// <summary>A subcommand option with its parameters: text is type 3, whole numbers 4, booleans 5; channel and role ids as 7 and 8.</summary>
    public static JsonArray Sub(string name, params (string Name, object Value)[] parameters) =>
    [
        new JsonObject
        {
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray([.. parameters.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["type"] = p.Value is bool ? 5 : p.Value is long or int ? 4 : p.Name.Contains("channel", StringComparison.Ordinal) ? 7 : p.Name.Contains("role", StringComparison.Ordinal) ? 8 : 3,
                ["value"] = p.Value is bool flag ? JsonValue.Create(flag) : p.Value is long or int ? JsonValue.Create(Convert.ToInt64(p.Value, CultureInfo.InvariantCulture)) : JsonValue.Create(Convert.ToString(p.Value, CultureInfo.InvariantCulture)),
            })]),
        },
    ];

    /// <summary>An autocomplete payload: the subcommand with <paramref name="option"/> focused and partly typed.</summary>
    public static JsonArray Focused(string subcommand, string option, string typed)
    {
        var options = Sub(subcommand, (option, typed));
        options[0]!["options"]![0]!["focused"] = true;
        return options;
    }

    private static RssFeed.Item[] Seeds()
    {
        var published = TimeProvider.System.GetUtcNow().AddHours(-6);
        return [.. Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal).Select(file =>
        {
            var lines = File.ReadAllLines(file);
            var name = Path.GetFileNameWithoutExtension(file);
            return new RssFeed.Item("seed-" + name, lines[0].Trim(), string.Join('\n', lines.Skip(1)), $"https://example.com/seeds/{name}", published);
        })];
    }

    private static string FindSeeds()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "corpus", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/corpus/seeds above {AppContext.BaseDirectory}; it holds the seed articles.");
    }

    // Dry runs in the slow guild wait 4 seconds for their articles: the reply must be deferred, then edited.
    private static void SlowDryRuns(IServiceCollection services)
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(IGuildWatchStore));
        services.Remove(descriptor);
        services.AddSingleton<IGuildWatchStore>(provider => new SlowStore(
            (IGuildWatchStore)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!)));
    }

    private sealed class SlowStore(IGuildWatchStore inner) : IGuildWatchStore
    {
        public Task<IReadOnlyList<StoredRule>> ListRulesAsync(GuildId guild, CancellationToken cancellationToken) => inner.ListRulesAsync(guild, cancellationToken);

        public Task<StoredRule?> FindRuleAsync(GuildId guild, string name, CancellationToken cancellationToken) => inner.FindRuleAsync(guild, name, cancellationToken);

        public Task<IReadOnlyList<string>> SuggestRuleNamesAsync(GuildId guild, string typed, int limit, CancellationToken cancellationToken) =>
            inner.SuggestRuleNamesAsync(guild, typed, limit, cancellationToken);

        public Task<StoredRule?> AddRuleAsync(GuildId guild, AuditActor actor, RuleDraft draft, CancellationToken cancellationToken) => inner.AddRuleAsync(guild, actor, draft, cancellationToken);

        public Task<StoredRule?> EditRuleAsync(GuildId guild, AuditActor actor, string name, RuleEdit edit, CancellationToken cancellationToken) =>
            inner.EditRuleAsync(guild, actor, name, edit, cancellationToken);

        public Task<StoredRule?> RemoveRuleAsync(GuildId guild, AuditActor actor, string name, CancellationToken cancellationToken) => inner.RemoveRuleAsync(guild, actor, name, cancellationToken);

        public Task<StoredRule?> SetRulePausedAsync(GuildId guild, AuditActor actor, string name, string? reason, CancellationToken cancellationToken) =>
            inner.SetRulePausedAsync(guild, actor, name, reason, cancellationToken);

        public Task<IReadOnlyList<GuildTerm>> ListTermsAsync(GuildId guild, CancellationToken cancellationToken) => inner.ListTermsAsync(guild, cancellationToken);

        public Task<bool> AddTermAsync(GuildId guild, AuditActor actor, GuildTerm term, CancellationToken cancellationToken) => inner.AddTermAsync(guild, actor, term, cancellationToken);

        public Task<IReadOnlyList<RecentAlert>> RecentAlertsAsync(GuildId guild, string? rule, int limit, CancellationToken cancellationToken) =>
            inner.RecentAlertsAsync(guild, rule, limit, cancellationToken);

        public async Task<IReadOnlyList<StoredArticle>> RecentArticlesAsync(GuildId guild, DateTimeOffset since, int limit, CancellationToken cancellationToken)
        {
            if (guild.Value == SlowGuild)
            {
                await Task.Delay(TimeSpan.FromSeconds(4), cancellationToken);
            }

            return await inner.RecentArticlesAsync(guild, since, limit, cancellationToken);
        }
    }
}
