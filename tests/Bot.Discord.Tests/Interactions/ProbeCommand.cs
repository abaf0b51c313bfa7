using System.Collections.Concurrent;
using Bot.Discord.Commands;
using Bot.Discord.Interactions;
using Bot.Discord.Rest;

namespace Bot.Discord.Tests.Interactions;

/// <summary>A test command whose "mode" option says how to answer; what it saw goes to <see cref="Seen"/>.</summary>
public sealed class ProbeCommand(TimeProvider time) : ICommandHandler
{
    public static ConcurrentQueue<(Interaction Interaction, string? Mode, long? Count)> Seen { get; } = new();

    public static CommandDefinition Command { get; } = new(
        "probe",
        "Probe the bot",
        new Dictionary<string, string> { ["fr"] = "sonde", ["ar"] = "مسبار" },
        new Dictionary<string, string> { ["fr"] = "Sonder le robot", ["ar"] = "فحص الروبوت" },
        [
            new CommandOption(ApplicationCommandOptionType.String, "mode", "How to answer",
                new Dictionary<string, string> { ["fr"] = "mode", ["ar"] = "نمط" },
                new Dictionary<string, string> { ["fr"] = "Comment répondre", ["ar"] = "كيف ترد" },
                Required: true, Autocomplete: true),
            new CommandOption(ApplicationCommandOptionType.Integer, "count", "A number",
                new Dictionary<string, string> { ["fr"] = "nombre", ["ar"] = "عدد" },
                new Dictionary<string, string> { ["fr"] = "Un nombre", ["ar"] = "رقم" }),
        ],
        DefaultMemberPermissions: "32");

    public CommandDefinition Definition => Command;

    public async ValueTask HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mode = context.GetString("mode");
        Seen.Enqueue((context.Interaction, mode, context.GetInteger("count")));
        switch (mode)
        {
            case "ephemeral":
                await context.Responder.ReplyAsync("only you", ephemeral: true, cancellationToken);
                break;
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
                await context.Responder.ReplyAsync("late but fine", cancellationToken: cancellationToken);
                break;
            case "followup":
                await context.Responder.ReplyAsync("first", cancellationToken: cancellationToken);
                await context.Responder.ReplyAsync(new WebhookMessageRequest("second", [new Embed("More")]), ephemeral: true, cancellationToken);
                break;
            case "edit":
                // Text first, then the text swapped for an embed (content: null clears it), then only the mentions.
                await context.Responder.ReplyAsync("checking sources", cancellationToken: cancellationToken);
                await context.Responder.EditAsync(new MessageEditRequest(Content: null, Embeds: new[] { new Embed("Result") }), cancellationToken);
                await context.Responder.EditAsync(new MessageEditRequest(AllowedMentions: AllowedMentions.None), cancellationToken);
                break;
            case "throw":
                throw new InvalidOperationException("probe failed");
            case "silent":
                break;
            default:
                await context.Responder.ReplyAsync($"pong {context.Interaction.Id}", cancellationToken: cancellationToken);
                break;
        }
    }

    public ValueTask<IReadOnlyList<CommandChoice>> AutocompleteAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var typed = context.Focused?.Value?.GetString() ?? string.Empty;
        return ValueTask.FromResult<IReadOnlyList<CommandChoice>>([.. Enumerable.Range(0, 30).Select(i => CommandChoice.Of($"{typed}{i}", $"{typed}{i}"))]);
    }
}
