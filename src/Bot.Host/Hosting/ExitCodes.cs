namespace Bot.Host.Hosting;

/// <summary>Process exit codes, after BSD sysexits so scripts and supervisors can tell failures apart.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input is not valid: an OPML file that cannot be read, a source name that does not exist.</summary>
    public const int DataError = 65;

    /// <summary>An input file does not exist or cannot be opened.</summary>
    public const int NoInput = 66;

    /// <summary>The configuration is invalid; the message names the setting.</summary>
    public const int ConfigurationError = 78;

    /// <summary>PostgreSQL could not be reached or started.</summary>
    public const int DatabaseUnavailable = 69;
}
