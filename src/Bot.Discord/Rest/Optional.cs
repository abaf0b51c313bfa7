using System.Text.Json.Serialization;

namespace Bot.Discord.Rest;

/// <summary>
/// A payload field that is either left out or present (possibly as null). Discord's PATCH bodies keep a field that
/// is absent and clear one that is null, which <c>T?</c> alone cannot say; <c>default</c> is "left out". Used only
/// where the difference matters (<see cref="MessageEditRequest"/>): in creates, and in every received field the bot
/// reads, absent and null both mean "none", so plain <c>T?</c> stays there.
/// </summary>
/// <remarks>
/// A property of this type must also carry <c>[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]</c>:
/// only the serializer can leave a property out; the converter writes the value, null included.
/// </remarks>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly record struct Optional<T>
{
    private readonly T _value;

    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>True when the field is sent (or was received), even as null.</summary>
    public bool HasValue { get; }

    /// <summary>The value; throws when the field is left out.</summary>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The field is left out: it has no value.");

    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>The value, or the type's default when the field is left out.</summary>
    public T? GetValueOrDefault() => _value;

    public override string ToString() => HasValue ? _value?.ToString() ?? "null" : "(left out)";
}
