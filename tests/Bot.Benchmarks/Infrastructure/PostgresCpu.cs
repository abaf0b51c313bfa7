using System.Globalization;
using System.Net;
using Npgsql;

namespace Bot.Benchmarks.Infrastructure;

/// <summary>
/// CPU time used by a local PostgreSQL server: its postmaster and every backend, from <c>/proc</c> (Linux only).
/// Backends that ended count through the postmaster's reaped-children times.
/// </summary>
internal sealed class PostgresCpu
{
    // /proc reports times in clock ticks of USER_HZ, which is 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    private readonly int _postmaster;

    private PostgresCpu(int postmaster) => _postmaster = postmaster;

    /// <summary>The server behind <paramref name="connectionString"/>, or <see langword="null"/> when it is not on this machine.</summary>
    public static async Task<PostgresCpu?> FindAsync(string connectionString, CancellationToken cancellationToken)
    {
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host ?? string.Empty;
        if (!OperatingSystem.IsLinux() || !(host is "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))))
        {
            return null;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        var parent = Stat(backend)?.ParentId;
        return parent is { } postmaster && File.ReadAllText($"/proc/{postmaster}/comm").StartsWith("postgres", StringComparison.Ordinal)
            ? new PostgresCpu(postmaster)
            : null;
    }

    /// <summary>CPU time used so far by the server and its backends, ended ones included.</summary>
    public TimeSpan Total()
    {
        var ticks = Stat(_postmaster) is { } own ? own.Ticks + own.ChildTicks : 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != _postmaster && Stat(pid) is { } stat && stat.ParentId == _postmaster)
            {
                ticks += stat.Ticks;
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, … utime (14),
    // stime (15), cutime (16), cstime (17), numbering as in proc(5).
    private static (int ParentId, long Ticks, long ChildTicks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }

        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
    }
}
