using System.Globalization;

namespace Bot.Host.Cli;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place at most ten times a second. When standard error is
/// not a terminal (a log file, CI) it stays silent, so logs are not filled with carriage returns.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, long total, bool interactive, TimeProvider timeProvider)
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private long _lastDraw;
    private bool _drawn;

    public static ConsoleProgress ForStandardError(long total) =>
        new(Console.Error, total, !Console.IsErrorRedirected, TimeProvider.System);

    public void Report(long done, string detail)
    {
        if (!interactive)
        {
            return;
        }

        // The last step is always drawn, so the bar ends full.
        var now = timeProvider.GetTimestamp();
        if (_drawn && done < total && timeProvider.GetElapsedTime(_lastDraw, now) < RedrawInterval)
        {
            return;
        }

        _drawn = true;
        _lastDraw = now;
        output.Write("\r" + Line(done, total, detail));
        output.Flush();
    }

    /// <summary>Ends the bar's line, so what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            output.WriteLine();
        }
    }

    internal static string Line(long done, long total, string detail)
    {
        var filled = total <= 0 ? Width : (int)Math.Min(Width, done * Width / total);
        var percent = total <= 0 ? 100 : done * 100 / total;
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done}/{total} {detail}");
    }
}
