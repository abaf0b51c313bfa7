namespace Bot.Storage.Embedded;

/// <summary>Where the local PostgreSQL server programs are: the folder holding initdb, pg_ctl and postgres.</summary>
public sealed record PostgresBinaries(string Directory)
{
    internal const string MissingMessage =
        "PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on PATH or under /usr/lib/postgresql/*/bin. "
        + "Install PostgreSQL (Debian/Ubuntu: apt-get install postgresql) or set ConnectionStrings:Postgres to use an existing server.";

    private static readonly string[] Required = ["initdb", "pg_ctl", "postgres"];

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Looks on PATH first, then in Debian's <c>/usr/lib/postgresql/*/bin</c>, newest version first.</summary>
    /// <exception cref="EmbeddedPostgresException">No folder holds all three programs.</exception>
    public static PostgresBinaries Locate() =>
        TryLocate(Environment.GetEnvironmentVariable("PATH"), "/usr/lib/postgresql")
        ?? throw new EmbeddedPostgresException(MissingMessage);

    internal static PostgresBinaries? TryLocate(string? path, string debianRoot)
    {
        foreach (var folder in (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasAll(folder))
            {
                // PATH often holds symbolic links (/usr/local/bin/pg_ctl): use the folder they point into,
                // since pg_ctl finds postgres next to its own real location.
                var target = new FileInfo(Path.Combine(folder, "pg_ctl")).ResolveLinkTarget(returnFinalTarget: true);
                var real = target is null ? folder : Path.GetDirectoryName(target.FullName)!;
                return new PostgresBinaries(HasAll(real) ? real : folder);
            }
        }

        if (!System.IO.Directory.Exists(debianRoot))
        {
            return null;
        }

        var versions = System.IO.Directory.GetDirectories(debianRoot)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
            .Where(c => c.Version >= 0 && HasAll(c.Dir))
            .OrderByDescending(c => c.Version)
            .ToList();
        return versions.Count == 0 ? null : new PostgresBinaries(versions[0].Dir);
    }

    private static bool HasAll(string folder) => Required.All(name => File.Exists(Path.Combine(folder, name)));
}
