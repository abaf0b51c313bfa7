using System.Text;

namespace Bot.TestKit;

/// <summary>A thread-safe <see cref="TextWriter"/> that keeps whole lines and lets a test wait for one.</summary>
public sealed class LineCapture : TextWriter
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly StringBuilder _current = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public override void Write(char value)
    {
        TaskCompletionSource? changed = null;
        lock (_gate)
        {
            if (value == '\n')
            {
                _lines.Add(_current.ToString().TrimEnd('\r'));
                _current.Clear();
                changed = _changed;
                _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else
            {
                _current.Append(value);
            }
        }

        changed?.TrySetResult();
    }

    /// <summary>Adds a complete line (used by process output readers).</summary>
    public void AddLine(string line)
    {
        foreach (var c in line)
        {
            Write(c);
        }

        Write('\n');
    }

    /// <summary>Waits until <paramref name="count"/> lines satisfy <paramref name="predicate"/>; fails with the lines seen so far.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(Func<string, bool> predicate, TimeSpan timeout, int count = 1)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var matching = _lines.Where(predicate).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {timeout} for {count} matching line(s). Lines so far:\n{string.Join('\n', Lines)}");
            }
        }
    }
}
