namespace Bot.Core.Alerts;

/// <summary>What a sink did with an alert.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult()
    {
    }

    public static DeliveryResult Delivered(ulong? messageId = null) => new Done(messageId);

    public static DeliveryResult Retry(string reason, TimeSpan? after = null) => new Transient(reason, after);

    public static DeliveryResult Unreachable(string reason) => new TargetUnreachable(reason);

    public static DeliveryResult Rejected(string reason) => new AlertRejected(reason);

    /// <summary>Posted; <paramref name="MessageId"/> is the Discord message, when there is one.</summary>
    public sealed record Done(ulong? MessageId) : DeliveryResult;

    /// <summary>Not delivered for now (outage, rate limit): try again later, after <paramref name="After"/> when given.</summary>
    public sealed record Transient(string Reason, TimeSpan? After) : DeliveryResult;

    /// <summary>The target cannot be reached as things stand (unknown channel, missing permission): stop sending there.</summary>
    public sealed record TargetUnreachable(string Reason) : DeliveryResult;

    /// <summary>This alert cannot be delivered (the target refused its content); others to the same target still can.</summary>
    public sealed record AlertRejected(string Reason) : DeliveryResult;
}
