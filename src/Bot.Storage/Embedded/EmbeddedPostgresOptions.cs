namespace Bot.Storage.Embedded;

/// <summary>
/// The private PostgreSQL cluster the bot starts when no connection string is configured.
/// Section <c>Bot:Storage:Embedded</c>.
/// </summary>
public sealed class EmbeddedPostgresOptions
{
    public const string SectionName = "Bot:Storage:Embedded";

    /// <summary>
    /// Folder that holds the cluster and its credentials; kept between runs. Default: <c>/var/lib/bot</c> as root,
    /// otherwise <c>$XDG_DATA_HOME/bot</c> (usually <c>~/.local/share/bot</c>).
    /// </summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory();

    /// <summary>Operating-system user that runs the server when the bot runs as root. Default <c>postgres</c>.</summary>
    public string ServerUser { get; set; } = "postgres";

    /// <summary>Port on 127.0.0.1. Default 0: a free port, chosen at each start.</summary>
    public int Port { get; set; }

    /// <summary>How long to wait for the server to start or stop. Default 60 seconds.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Database the bot uses inside the cluster. Default <c>bot</c>.</summary>
    public string Database { get; set; } = "bot";

    public static string DefaultDataDirectory()
    {
        if (Environment.IsPrivilegedProcess)
        {
            return "/var/lib/bot";
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "bot");
    }
}
