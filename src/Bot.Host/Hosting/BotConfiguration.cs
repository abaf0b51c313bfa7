using Microsoft.Extensions.Configuration;

namespace Bot.Host.Hosting;

/// <summary>
/// Builds the bot's configuration, lowest priority first: the shipped <c>appsettings.json</c>, an
/// <c>appsettings.json</c> in the working folder, environment variables (<c>Bot__Section__Key</c>), the short
/// <c>BOT_…</c> aliases, then the command line (<c>--Bot:Section:Key=value</c>). Rules that nothing configures come
/// from the built-in default watch list; sources that nothing configures or imports come from the starter OPML (see
/// <c>SourceScheduleSynchronizer</c>).
/// </summary>
public static class BotConfiguration
{
    /// <summary>Short environment variables and the settings they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> EnvironmentAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BOT_POSTGRES"] = "ConnectionStrings:Postgres",
        ["BOT_DATA_DIR"] = "Bot:Storage:Embedded:DataDirectory",
        ["BOT_DISCORD_TOKEN"] = "Discord:Token",
    };

    public static ConfigurationManager Build(IReadOnlyList<string> commandLineArgs)
    {
        ArgumentNullException.ThrowIfNull(commandLineArgs);
        var configuration = new ConfigurationManager();
        var baseDirectory = AppContext.BaseDirectory;
        configuration.AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        var workingFile = Path.Combine(Environment.CurrentDirectory, "appsettings.json");
        if (!string.Equals(Path.GetFullPath(workingFile), Path.GetFullPath(Path.Combine(baseDirectory, "appsettings.json")), StringComparison.Ordinal))
        {
            configuration.AddJsonFile(workingFile, optional: true, reloadOnChange: false);
        }

        configuration.AddEnvironmentVariables();
        configuration.AddInMemoryCollection(AliasedSettings(Environment.GetEnvironmentVariables()));
        configuration.AddCommandLine([.. commandLineArgs]);
        AddDefaultWatchList(configuration);
        return configuration;
    }

    internal static IEnumerable<KeyValuePair<string, string?>> AliasedSettings(System.Collections.IDictionary environment)
    {
        foreach (var (variable, key) in EnvironmentAliases)
        {
            if (environment[variable] is string value && value.Length > 0)
            {
                yield return new(key, value);
            }
        }
    }

    // The defaults only fill a section nothing else set, so they cannot mix with an operator's own list.
    private static void AddDefaultWatchList(ConfigurationManager configuration)
    {
        using var stream = typeof(BotConfiguration).Assembly.GetManifestResourceStream("default-watchlist.json")!;
        var defaults = new ConfigurationBuilder().AddJsonStream(stream).Build();
        var missing = new List<KeyValuePair<string, string?>>();
        foreach (var section in new[] { "Bot:Sources", "Bot:Rules" })
        {
            if (!configuration.GetSection(section).Exists())
            {
                missing.AddRange(defaults.GetSection(section).AsEnumerable().Where(pair => pair.Value is not null));
            }
        }

        if (missing.Count > 0)
        {
            configuration.AddInMemoryCollection(missing);
        }
    }
}
