using System.Diagnostics;
using System.Text;

namespace Bot.Storage.Embedded;

/// <summary>
/// Runs the server's command-line tools, as another user when the bot is root (through <c>runuser</c>, as
/// Debian's own scripts do) and, when asked, in a new session so a Ctrl-C in the bot's terminal does not reach them.
/// </summary>
internal sealed class CommandRunner(string? runAsUser)
{
    internal sealed record Result(int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;
    }

    public async Task<Result> RunAsync(
        string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, bool newSession, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        var command = new List<string>();
        if (runAsUser is not null)
        {
            command.AddRange(["runuser", "-u", runAsUser, "--"]);
        }

        if (newSession)
        {
            command.AddRange(["setsid", "--wait"]);
        }

        command.Add(program);
        command.AddRange(arguments);
        start.FileName = command[0];
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // Messages are parsed by people, but keep them in English and free of the caller's locale quirks.
        start.Environment["LC_MESSAGES"] = "C";

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new EmbeddedPostgresException($"Could not run '{command[0]}': {ex.Message}", ex);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new EmbeddedPostgresException($"'{Path.GetFileName(program)}' did not finish within {timeout}.");
        }

        // WaitForExitAsync returns once the streams are drained, so the output is complete here.
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString().Trim());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
