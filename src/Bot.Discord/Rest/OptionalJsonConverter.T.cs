using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bot.Discord.Rest;

/// <summary>
/// Reads and writes an <see cref="Optional{T}"/> as its value (null included), through the options' own type info for
/// <typeparamref name="T"/>, so it works with the source-generated <see cref="DiscordJsonContext"/> and no reflection.
/// An absent property is never read, so it stays <c>default</c>: left out.
/// </summary>
internal sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
{
    // A struct converter sees null tokens by default; said here because "null is a value" is the point of this type.
    public override bool HandleNull => true;

    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize(ref reader, TypeInfo(options))!);

    public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!value.HasValue)
        {
            throw new JsonException($"A left-out Optional<{typeof(T).Name}> reached the writer: its property needs [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)].");
        }

        JsonSerializer.Serialize(writer, value.Value, TypeInfo(options));
    }

    private static JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
