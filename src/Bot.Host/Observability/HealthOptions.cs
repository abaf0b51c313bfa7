namespace Bot.Host.Observability;

/// <summary>The health and metrics listener (<c>/healthz</c>, <c>/readyz</c>, <c>/metrics</c>). Section <c>Bot:Health</c>.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Bot:Health";

    /// <summary>
    /// TCP port of the listener. Default none: no listener (console use). The container image sets 8080; 0 picks a
    /// free port (tests).
    /// </summary>
    public int? Port { get; set; }

    /// <summary>Address to listen on: <c>*</c> (every interface, the default) or one IP address such as <c>127.0.0.1</c>.</summary>
    public string Address { get; set; } = AnyAddress;

    internal const string AnyAddress = "*";
}
