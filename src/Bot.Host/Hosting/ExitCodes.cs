namespace Bot.Host.Hosting;

/// <summary>Process exit codes, after BSD sysexits so scripts and supervisors can tell failures apart.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The configuration is invalid; the message names the setting.</summary>
    public const int ConfigurationError = 78;

    /// <summary>PostgreSQL could not be reached or started.</summary>
    public const int DatabaseUnavailable = 69;
}
