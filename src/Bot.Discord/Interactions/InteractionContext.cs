using System.Text.Json;

namespace Bot.Discord.Interactions;

/// <summary>What a command handler gets: the interaction, its options by name, and the responder.</summary>
public sealed class InteractionContext(Interaction interaction, InteractionResponder responder)
{
    public Interaction Interaction { get; } = interaction;

    public InteractionResponder Responder { get; } = responder;

    /// <summary>The subcommand path under the command (<c>["watch", "add"]</c>), empty when there is none.</summary>
    public IReadOnlyList<string> Subcommands => [.. Walk().Subcommands];

    /// <summary>The option being typed, in an autocomplete interaction.</summary>
    public InteractionOption? Focused => Walk().Values.FirstOrDefault(o => o.Focused == true);

    public string? GetString(string name) =>
        Find(name)?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public long? GetInteger(string name) =>
        Find(name)?.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;

    public bool? GetBoolean(string name) =>
        Find(name)?.Value is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    private InteractionOption? Find(string name) => Walk().Values.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    // Top-level options are parameters, or one subcommand, or one group holding one subcommand.
    private (List<string> Subcommands, IReadOnlyList<InteractionOption> Values) Walk()
    {
        var path = new List<string>();
        var options = Interaction.Data?.Options ?? [];
        while (options is [{ Type: Commands.ApplicationCommandOptionType.SubCommand or Commands.ApplicationCommandOptionType.SubCommandGroup } nested])
        {
            path.Add(nested.Name);
            options = nested.Options ?? [];
        }

        return (path, options);
    }
}
