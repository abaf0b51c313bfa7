namespace Bot.Discord.Gateway;

/// <summary>What survives a dropped connection: the session id, where to resume it, and the last sequence number.</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    /// <summary>The last sequence number received, or null before the first event.</summary>
    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value < 0 ? null : value;
        }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Records <paramref name="sequence"/>; false when it was seen already (a replay after RESUME).</summary>
    public bool Advance(long sequence)
    {
        if (sequence <= Interlocked.Read(ref _sequence))
        {
            return false;
        }

        Interlocked.Exchange(ref _sequence, sequence);
        return true;
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
