using System.Text.Json.Serialization;

namespace Bot.Discord.Gateway;

/// <summary>A payload we send: <c>{"op": …, "d": …}</c>; <c>d</c> is written even when null (a first heartbeat).</summary>
internal sealed record GatewayCommand<T>(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] T D);
