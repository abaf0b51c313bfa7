using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Rest;

/// <summary>
/// Makes the <see cref="OptionalJsonConverter{T}"/> for each <see cref="Optional{T}"/>. The one use of reflection
/// (closing the generic type) happens once per type and options; the bot runs on the JIT, not native AOT.
/// </summary>
internal sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);
    }

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return (JsonConverter?)Activator.CreateInstance(typeof(OptionalJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]));
    }
}
