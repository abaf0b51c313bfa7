using System.Text.Json;
using Bot.Discord.Rest;

namespace Bot.Discord.Tests.Rest;

public sealed class OptionalTests
{
    public static TheoryData<MessageEditRequest, string> Edits => new()
    {
        { new MessageEditRequest(), "{}" },
        { new MessageEditRequest(Content: null), """{"content":null}""" },
        { new MessageEditRequest(Content: "text", Embeds: null), """{"content":"text","embeds":null}""" },
        { new MessageEditRequest(Embeds: new[] { new Embed("T") }, AllowedMentions: AllowedMentions.None), """{"embeds":[{"title":"T"}],"allowed_mentions":{"parse":[]}}""" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Serialize_MessageEdit_LeftOutOmittedNullWritten(MessageEditRequest edit, string json)
    {
        JsonSerializer.Serialize(edit, DiscordJsonContext.Default.MessageEditRequest).ShouldBe(json);
    }

    [Fact]
    public void Deserialize_AbsentNullOrValue_KeepsTheDifference()
    {
        var absent = JsonSerializer.Deserialize("{}", DiscordJsonContext.Default.MessageEditRequest)!;
        var cleared = JsonSerializer.Deserialize("""{"content":null}""", DiscordJsonContext.Default.MessageEditRequest)!;
        var set = JsonSerializer.Deserialize("""{"content":"x","embeds":[{"title":"T"}]}""", DiscordJsonContext.Default.MessageEditRequest)!;

        absent.Content.HasValue.ShouldBeFalse();
        cleared.Content.HasValue.ShouldBeTrue();
        cleared.Content.Value.ShouldBeNull();
        set.Content.Value.ShouldBe("x");
        set.Embeds.Value!.Single().Title.ShouldBe("T");
        set.AllowedMentions.HasValue.ShouldBeFalse();
    }

    [Fact]
    public void From_Reply_SetsWhatTheReplySaysAndLeavesOutTheRest()
    {
        var edit = MessageEditRequest.From(new WebhookMessageRequest("done", Flags: 64));

        JsonSerializer.Serialize(edit, DiscordJsonContext.Default.MessageEditRequest).ShouldBe("""{"content":"done"}""");
    }

    [Fact]
    public void Value_LeftOut_ThrowsAndDefaultIsNone()
    {
        var leftOut = default(Optional<string?>);

        Should.Throw<InvalidOperationException>(() => leftOut.Value);
        leftOut.GetValueOrDefault().ShouldBeNull();
        leftOut.ShouldNotBe(new Optional<string?>(null));
        leftOut.ToString().ShouldBe("(left out)");
    }
}
