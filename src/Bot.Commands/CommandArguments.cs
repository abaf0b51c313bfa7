using System.Globalization;

namespace Bot.Commands;

/// <summary>
/// The options of a command by name, already typed by the transport: text as <see cref="string"/>, numbers as
/// <see cref="long"/>, Discord ids (channels, roles) as <see cref="ulong"/>, switches as <see cref="bool"/>.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, object> _values;

    public CommandArguments(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }

    public static CommandArguments None { get; } = new([]);

    public static CommandArguments Of(params (string Name, object? Value)[] values) =>
        new(values.Select(v => new KeyValuePair<string, object?>(v.Name, v.Value)));

    public bool Has(string name) => _values.ContainsKey(name);

    public string? GetString(string name) => _values.GetValueOrDefault(name) switch
    {
        string text => text,
        null => null,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public long? GetInteger(string name) => _values.GetValueOrDefault(name) switch
    {
        long number => number,
        int number => number,
        ulong number when number <= long.MaxValue => (long)number,
        string text when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    /// <summary>A switch: true only when given as true (a Discord boolean option, a command-line flag).</summary>
    public bool GetFlag(string name) => GetBoolean(name) == true;

    /// <summary>A switch; text is accepted as <c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c> or <c>1</c>/<c>0</c> (the command line).</summary>
    public bool? GetBoolean(string name) => _values.GetValueOrDefault(name) switch
    {
        bool value => value,
        string text when text.Trim().ToLowerInvariant() is "true" or "yes" or "1" or "on" => true,
        string text when text.Trim().ToLowerInvariant() is "false" or "no" or "0" or "off" => false,
        _ => null,
    };

    /// <summary>A Discord id (snowflake); text is accepted when it is a plain number or a mention (<c>&lt;#…&gt;</c>, <c>&lt;@&amp;…&gt;</c>).</summary>
    public ulong? GetId(string name) => _values.GetValueOrDefault(name) switch
    {
        ulong id => id,
        long id when id > 0 => (ulong)id,
        string text when ulong.TryParse(text.Trim().TrimStart('<').TrimStart('#', '@', '&').TrimEnd('>'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) => id,
        _ => null,
    };
}
